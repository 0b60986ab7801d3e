"use client";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { isField } from "@/lib/forms/definition";
import { useBuilder } from "./builder-context";
import { ConditionsPanel } from "./conditions-panel";
import { getElement, locate } from "./definition-operations";
import { ElementProperties } from "./element-properties";
import { ExitPagesPanel } from "./exit-pages-panel";
import { FieldRulesPanel } from "./field-rules-panel";
import { FormProperties, PageProperties } from "./form-properties";
import { GroupChildAdder } from "./group-child-adder";

/** Edits what is selected on the canvas: the form, a page or an element (with its conditions). */
export function PropertiesPanel({ focusRequest }: { focusRequest: number }) {
  const t = useTranslations("builder");
  const { state, dispatch } = useBuilder();
  const panel = useRef<HTMLElement>(null);
  const { selection, present: definition } = state;
  const formKey = `${state.selectionSerial}-${state.externalVersion}`;

  useEffect(() => {
    if (focusRequest === 0) return;
    panel.current?.querySelector<HTMLElement>("input, textarea, select")?.focus();
  }, [focusRequest]);

  const element = selection.kind === "element" ? getElement(definition, selection.name) : undefined;
  const location = selection.kind === "element" ? locate(definition, selection.name) : undefined;
  return (
    <section
      ref={panel}
      aria-labelledby="properties-title"
      className="panel self-start p-3"
      id="properties-panel"
    >
      <h2 id="properties-title" className="text-lg">
        {selection.kind === "form"
          ? t("properties.formTitle")
          : selection.kind === "page"
            ? t("properties.pageTitle", { number: selection.pageIndex + 1 })
            : t("properties.elementTitle", { type: element ? t(`types.${element.type}`) : "" })}
      </h2>
      {selection.kind === "form" ? (
        <>
          <FormProperties key={formKey} />
          <ExitPagesPanel />
        </>
      ) : null}
      {selection.kind === "page" && definition.pages[selection.pageIndex] ? (
        <>
          <PageProperties key={formKey} pageIndex={selection.pageIndex} />
          <ConditionsPanel
            key={`conditions-${formKey}`}
            owner={{ kind: "page", pageIndex: selection.pageIndex }}
            visibleIf={definition.pages[selection.pageIndex]!.visibleIf}
            onChange={(visibleIf) =>
              dispatch({
                type: "updatePage",
                pageIndex: selection.pageIndex,
                page: { ...definition.pages[selection.pageIndex]!, visibleIf },
                at: Date.now(),
              })
            }
          />
        </>
      ) : null}
      {element && location ? (
        <>
          <ElementProperties key={formKey} element={element} />
          {location.childIndex === undefined ? (
            <div className="mt-4">
              <label htmlFor="move-to-page" className="label">
                {t("properties.moveToPage")}
              </label>
              <select
                id="move-to-page"
                className="input"
                value={location.pageIndex}
                onChange={(event) =>
                  dispatch({
                    type: "moveElementTo",
                    name: selection.kind === "element" ? selection.name : "",
                    pageIndex: Number(event.target.value),
                    index: definition.pages[Number(event.target.value)]!.elements.length,
                  })
                }
              >
                {definition.pages.map((page, index) => (
                  <option key={page.id} value={index}>
                    {index + 1}. {page.title.fi}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          {element.type === "repeatingGroup" ? <GroupChildAdder group={element} /> : null}
          {isField(element) && element.type !== "repeatingGroup" ? (
            <FieldRulesPanel
              key={`rules-${formKey}`}
              field={element}
              definition={definition}
              onChange={(rules, errorMessages) => {
                const next = { ...element, rules, errorMessages };
                if (!rules) delete next.rules;
                if (!errorMessages) delete next.errorMessages;
                dispatch({
                  type: "updateElement",
                  name: selection.kind === "element" ? selection.name : "",
                  element: next,
                  at: Date.now(),
                });
              }}
            />
          ) : null}
          <ConditionsPanel
            key={`conditions-${formKey}`}
            owner={{ kind: "element", element }}
            visibleIf={element.visibleIf}
            requiredIf={isField(element) ? element.requiredIf : undefined}
            onChange={(visibleIf, requiredIf) =>
              dispatch({
                type: "updateElement",
                name: selection.kind === "element" ? selection.name : "",
                element: isField(element) ? { ...element, visibleIf, requiredIf } : { ...element, visibleIf },
                at: Date.now(),
              })
            }
          />
        </>
      ) : null}
    </section>
  );
}
