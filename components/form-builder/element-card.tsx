"use client";
import { useTranslations } from "next-intl";
import { memo } from "react";
import { isField, type TElement } from "@/lib/forms/definition";
import { elementName } from "@/lib/forms/walk-definition";
import { useBuilderActions } from "./builder-context";

export function elementLabel(element: TElement): string {
  if (element.type === "heading") return element.text.fi;
  if (element.type === "info") return element.markdown.fi.split("\n")[0]!.slice(0, 80);
  return element.label.fi;
}

/** What the canvas knows about the whole form that a card shows (computed once per render of the canvas). */
export interface TCardContext {
  selectedName: string | undefined;
  problemCount: (name: string) => number;
  summaries: (element: TElement) => string[];
}

type TElementCardProps = {
  element: TElement;
  dragType: string;
  isChild?: boolean;
  isFirst: boolean;
  isLast: boolean;
  isSelected: boolean;
  problems: number;
  summaries: string[];
  /** Only a repeating group needs it, for its children. */
  cardContext?: TCardContext;
};

/** One element on the canvas: select it, move it (buttons work without a mouse), drag it, delete it. */
export const ElementCard = memo(function ElementCard({
  element,
  dragType,
  isChild = false,
  isFirst,
  isLast,
  isSelected,
  problems,
  summaries,
  cardContext,
}: TElementCardProps) {
  const t = useTranslations("builder");
  const { dispatch, notifyDeleted } = useBuilderActions();
  const name = elementName(element);
  const label = elementLabel(element) || name;

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
          {summaries.map((summary) => (
            <span key={summary} className="block text-sm text-fi-highlight-dark-1">
              {summary}
            </span>
          ))}
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
      {element.type === "repeatingGroup" && cardContext ? (
        <ol
          className="mt-2 space-y-2 border-l-4 border-fi-depth-light-1 pl-3"
          aria-label={t("canvas.groupFields", { label })}
        >
          {element.fields.map((child, childIndex) => (
            <li key={child.key}>
              <ElementCard
                element={child}
                dragType={dragType}
                isChild
                isFirst={childIndex === 0}
                isLast={childIndex === element.fields.length - 1}
                isSelected={cardContext.selectedName === child.key}
                problems={cardContext.problemCount(child.key)}
                summaries={cardContext.summaries(child)}
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
});
