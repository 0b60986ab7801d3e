"use client";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { isField, type TElement } from "@/lib/forms/definition";
import { localize, type TLanguage } from "@/lib/forms/localized-text";
import { elementName } from "@/lib/forms/walk-definition";
import { useBuilder } from "./builder-context";
import { locate } from "./definition-operations";
import { summarizeCondition } from "./condition-summary";
import { ElementCard, type TCardContext } from "./element-card";

const DRAG_TYPE = "application/x-lomake-element";

/** The form's pages and elements in order; select, reorder (buttons or drag and drop), move between pages, delete. */
export function CanvasPanel() {
  const t = useTranslations("builder");
  const language = useLocale() as TLanguage;
  const { state, dispatch, diagnosis } = useBuilder();
  const definition = state.present;
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const selectedName = state.selection.kind === "element" ? state.selection.name : undefined;
  const problemCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const blocker of diagnosis.blockers)
      if (blocker.elementId) counts.set(blocker.elementId, (counts.get(blocker.elementId) ?? 0) + 1);
    return counts;
  }, [diagnosis]);
  const cardContext: TCardContext = {
    selectedName,
    problemCount: (name) => problemCounts.get(name) ?? 0,
    summaries: (element: TElement) => [
      ...(element.visibleIf ? [summarizeCondition("shown", element.visibleIf, definition, language)] : []),
      ...(isField(element) && element.requiredIf
        ? [summarizeCondition("required", element.requiredIf, definition, language)]
        : []),
    ],
  };
  // Stable empty list, so cards without conditions keep equal props between renders.
  const noSummaries = useMemo<string[]>(() => [], []);

  const dropProps = (pageIndex: number, index: number, id: string) => ({
    onDragOver: (event: React.DragEvent) => {
      if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = "move";
      setDropTarget(id);
    },
    onDragLeave: () => setDropTarget((current) => (current === id ? null : current)),
    onDrop: (event: React.DragEvent) => {
      event.preventDefault();
      setDropTarget(null);
      const name = event.dataTransfer.getData(DRAG_TYPE);
      const from = locate(definition, name);
      if (!from || from.childIndex !== undefined) return;
      // Dropping below itself on the same page: the index shifts once the element is lifted out.
      const target = from.pageIndex === pageIndex && from.index < index ? index - 1 : index;
      dispatch({ type: "moveElementTo", name, pageIndex, index: target });
    },
  });

  return (
    <section aria-labelledby="canvas-title" className="min-w-0">
      <h2 id="canvas-title" className="sr-only">
        {t("canvas.title")}
      </h2>
      <button
        type="button"
        className={`mb-3 w-full rounded border-2 bg-fi-white-base p-3 text-left ${state.selection.kind === "form" ? "border-fi-highlight-base" : "border-fi-depth-light-1"}`}
        onClick={() => dispatch({ type: "select", selection: { kind: "form" } })}
        aria-pressed={state.selection.kind === "form"}
      >
        <span className="block text-sm text-fi-black-light-1">{t("canvas.formProperties")}</span>
        <span className="text-xl font-semibold">{definition.title.fi}</span>
      </button>
      {definition.pages.map((page, pageIndex) => {
        const isPageSelected = state.selection.kind === "page" && state.selection.pageIndex === pageIndex;
        return (
          <section
            key={page.id}
            aria-labelledby={`canvas-page-${pageIndex}`}
            className="mb-4 rounded border border-fi-depth-light-1 bg-fi-white-base p-3"
            data-page-index={pageIndex}
          >
            <div className="flex flex-wrap items-center gap-2">
              <h3 id={`canvas-page-${pageIndex}`} className="text-lg">
                <button
                  type="button"
                  className={`text-left underline ${isPageSelected ? "text-fi-highlight-dark-1" : ""}`}
                  onClick={() => dispatch({ type: "select", selection: { kind: "page", pageIndex } })}
                  aria-pressed={isPageSelected}
                >
                  {t("canvas.page", { number: pageIndex + 1, title: localize(page.title, "fi") })}
                </button>
              </h3>
              <span className="ml-auto flex gap-1">
                <button
                  type="button"
                  className="btn btn-secondary min-h-0 px-2 py-1"
                  disabled={pageIndex === 0}
                  onClick={() => dispatch({ type: "movePage", pageIndex, direction: -1 })}
                  aria-label={t("canvas.movePageUp", { number: pageIndex + 1 })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="btn btn-secondary min-h-0 px-2 py-1"
                  disabled={pageIndex === definition.pages.length - 1}
                  onClick={() => dispatch({ type: "movePage", pageIndex, direction: 1 })}
                  aria-label={t("canvas.movePageDown", { number: pageIndex + 1 })}
                >
                  ↓
                </button>
                <button
                  type="button"
                  className="btn btn-danger min-h-0 px-2 py-1"
                  disabled={definition.pages.length === 1}
                  onClick={() => dispatch({ type: "deletePage", pageIndex })}
                  aria-label={t("canvas.deletePage", { number: pageIndex + 1 })}
                >
                  {t("canvas.delete")}
                </button>
              </span>
            </div>
            <ol className="mt-2 space-y-2" aria-label={t("canvas.pageElements", { number: pageIndex + 1 })}>
              {page.elements.map((element, index) => {
                const name = elementName(element);
                return (
                  <li
                    key={name}
                    {...dropProps(pageIndex, index, name)}
                    className={dropTarget === name ? "border-t-4 border-fi-highlight-base" : ""}
                  >
                    <ElementCard
                      element={element}
                      dragType={DRAG_TYPE}
                      isFirst={pageIndex === 0 && index === 0}
                      isLast={pageIndex === definition.pages.length - 1 && index === page.elements.length - 1}
                      isSelected={selectedName === name}
                      problems={problemCounts.get(name) ?? 0}
                      summaries={
                        element.visibleIf || (isField(element) && element.requiredIf)
                          ? cardContext.summaries(element)
                          : noSummaries
                      }
                      cardContext={element.type === "repeatingGroup" ? cardContext : undefined}
                    />
                  </li>
                );
              })}
            </ol>
            <div
              {...dropProps(pageIndex, page.elements.length, `end-${pageIndex}`)}
              className={`mt-2 rounded border-2 border-dashed p-2 text-center text-base text-fi-black-light-1 ${dropTarget === `end-${pageIndex}` ? "border-fi-highlight-base" : "border-fi-depth-light-1"}`}
            >
              {page.elements.length === 0 ? t("canvas.emptyPage") : t("canvas.dropHere")}
            </div>
          </section>
        );
      })}
    </section>
  );
}
