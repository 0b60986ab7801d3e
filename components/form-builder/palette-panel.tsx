"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { localize, type TLanguage } from "@/lib/forms/localized-text";
import { useBuilder } from "./builder-context";
import { locate } from "./definition-operations";
import { createElement, createPage, PALETTE_TYPES, type TPaletteType } from "./element-factory";

/** Every field type as a button: adds after the selected element, or at the end of the chosen page. */
export function PalettePanel() {
  const t = useTranslations("builder");
  const language = useLocale() as TLanguage;
  const { state, dispatch, requestPropertiesFocus } = useBuilder();
  const definition = state.present;
  const selected = state.selection.kind === "element" ? locate(definition, state.selection.name) : undefined;
  const selectedPage =
    state.selection.kind === "page"
      ? state.selection.pageIndex
      : (selected?.pageIndex ?? definition.pages.length - 1);
  const [chosenPage, setChosenPage] = useState<number | null>(null);
  // On a phone the list of types folds away so the form itself is visible; on wider screens it always shows.
  const [isOpenOnPhone, setOpenOnPhone] = useState(false);
  const pageIndex = Math.min(chosenPage ?? selectedPage, definition.pages.length - 1);

  const add = (type: TPaletteType) => {
    const element = createElement(type, definition, new Set(), language);
    const index =
      selected && selected.pageIndex === pageIndex
        ? selected.index + 1
        : definition.pages[pageIndex]!.elements.length;
    dispatch({ type: "addElement", element, pageIndex, index });
    setChosenPage(null);
    requestPropertiesFocus();
  };

  return (
    <section
      aria-labelledby="palette-title"
      className="panel self-start p-3 lg:sticky lg:top-2 lg:max-h-[calc(100vh-1rem)] lg:overflow-y-auto"
    >
      <h2 id="palette-title" className="text-lg">
        {t("palette.title")}
      </h2>
      <label htmlFor="palette-page" className="label mt-2 text-base">
        {t("palette.targetPage")}
      </label>
      <select
        id="palette-page"
        className="input"
        value={pageIndex}
        onChange={(event) => setChosenPage(Number(event.target.value))}
      >
        {definition.pages.map((page, index) => (
          <option key={page.id} value={index}>
            {index + 1}. {localize(page.title, "fi")}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="btn btn-secondary mt-3 w-full justify-center lg:hidden"
        aria-expanded={isOpenOnPhone}
        aria-controls="palette-types"
        onClick={() => setOpenOnPhone((isOpen) => !isOpen)}
      >
        {isOpenOnPhone ? t("palette.hideTypes") : t("palette.showTypes")}
      </button>
      <ul
        id="palette-types"
        className={`mt-3 grid-cols-2 gap-1 lg:grid lg:grid-cols-1 ${isOpenOnPhone ? "grid" : "hidden"}`}
      >
        {PALETTE_TYPES.map((type) => (
          <li key={type}>
            <button
              type="button"
              className="w-full rounded border border-fi-depth-light-1 bg-fi-white-base px-2 py-1.5 text-left text-base hover:bg-fi-highlight-light-4"
              onClick={() => add(type)}
              aria-label={t("palette.add", { type: t(`types.${type}`) })}
              data-palette-type={type}
            >
              + {t(`types.${type}`)}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="btn btn-secondary mt-3 w-full justify-center"
        onClick={() => dispatch({ type: "addPage", page: createPage(definition, language) })}
      >
        {t("palette.addPage")}
      </button>
    </section>
  );
}
