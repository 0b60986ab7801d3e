"use client";
import { useLocale, useTranslations } from "next-intl";
import { isField, type TElement } from "@/lib/forms/definition";
import type { TLanguage } from "@/lib/forms/localized-text";
import { elementName } from "@/lib/forms/walk-definition";
import { useBuilder } from "./builder-context";
import { summarizeCondition } from "./condition-summary";

export function elementLabel(element: TElement): string {
  if (element.type === "heading") return element.text.fi;
  if (element.type === "info") return element.markdown.fi.split("\n")[0]!.slice(0, 80);
  return element.label.fi;
}

/** One element on the canvas: select it, move it (buttons work without a mouse), drag it, delete it. */
export function ElementCard({
  element,
  pageIndex,
  index,
  dragType,
  isChild = false,
  siblingCount,
}: {
  element: TElement;
  pageIndex: number;
  index: number;
  dragType: string;
  isChild?: boolean;
  siblingCount?: number;
}) {
  const t = useTranslations("builder");
  const language = useLocale() as TLanguage;
  const { state, dispatch, diagnosis, notifyDeleted } = useBuilder();
  const definition = state.present;
  const name = elementName(element);
  const label = elementLabel(element) || name;
  const isSelected = state.selection.kind === "element" && state.selection.name === name;
  const isFirst = isChild ? index === 0 : pageIndex === 0 && index === 0;
  const isLast = isChild
    ? index === (siblingCount ?? 1) - 1
    : pageIndex === definition.pages.length - 1 && index === definition.pages[pageIndex]!.elements.length - 1;
  const problems = diagnosis.blockers.filter((diagnostic) => diagnostic.elementId === name).length;

  return (
    <div
      draggable={!isChild}
      onDragStart={(event) => {
        event.dataTransfer.setData(dragType, name);
        event.dataTransfer.effectAllowed = "move";
      }}
      data-element-name={name}
      className={`rounded border-2 bg-fi-white-base p-2 ${isSelected ? "border-fi-highlight-base" : "border-fi-depth-light-1"} ${isChild ? "" : "cursor-grab"}`}
    >
      <div className="flex flex-wrap items-start gap-2">
        <button
          type="button"
          className="min-w-0 flex-1 text-left"
          aria-pressed={isSelected}
          onClick={() => dispatch({ type: "select", selection: { kind: "element", name } })}
        >
          <span className="block font-semibold">
            {label}
            {isField(element) && element.required ? <span aria-hidden="true"> *</span> : null}
          </span>
          <span className="block text-sm text-fi-black-light-1">
            {t(`types.${element.type}`)} · {name}
            {isField(element) && element.required ? ` · ${t("canvas.required")}` : ""}
            {problems > 0 ? ` · ${t("canvas.problems", { count: problems })}` : ""}
          </span>
          {element.visibleIf ? (
            <span className="block text-sm text-fi-highlight-dark-1">
              {summarizeCondition("shown", element.visibleIf, definition, language)}
            </span>
          ) : null}
          {isField(element) && element.requiredIf ? (
            <span className="block text-sm text-fi-highlight-dark-1">
              {summarizeCondition("required", element.requiredIf, definition, language)}
            </span>
          ) : null}
        </button>
        <span className="flex gap-1">
          <button
            type="button"
            className="btn btn-secondary min-h-0 px-2 py-1"
            disabled={isFirst}
            onClick={() => dispatch({ type: "moveElement", name, direction: -1 })}
            aria-label={t("canvas.moveUp", { label })}
          >
            ↑
          </button>
          <button
            type="button"
            className="btn btn-secondary min-h-0 px-2 py-1"
            disabled={isLast}
            onClick={() => dispatch({ type: "moveElement", name, direction: 1 })}
            aria-label={t("canvas.moveDown", { label })}
          >
            ↓
          </button>
          <button
            type="button"
            className="btn btn-danger min-h-0 px-2 py-1"
            onClick={() => {
              dispatch({ type: "deleteElement", name });
              notifyDeleted(label);
            }}
            aria-label={t("canvas.deleteElement", { label })}
          >
            {t("canvas.delete")}
          </button>
        </span>
      </div>
      {element.type === "repeatingGroup" ? (
        <ol
          className="mt-2 space-y-2 border-l-4 border-fi-depth-light-1 pl-3"
          aria-label={t("canvas.groupFields", { label })}
        >
          {element.fields.map((child, childIndex) => (
            <li key={child.key}>
              <ElementCard
                element={child}
                pageIndex={pageIndex}
                index={childIndex}
                dragType={dragType}
                isChild
                siblingCount={element.fields.length}
              />
            </li>
          ))}
          {element.fields.length === 0 ? (
            <li className="text-base text-fi-black-light-1">{t("canvas.emptyGroup")}</li>
          ) : null}
        </ol>
      ) : null}
    </div>
  );
}
