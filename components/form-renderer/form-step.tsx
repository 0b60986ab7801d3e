// The fields of one page as plain HTML form controls. Shared by the citizen host (rendered to static markup on
// the server) and the editor's live preview. No hooks, no event handlers: conditional elements are always
// rendered, marked with data-visible-if (the condition as JSON) and `hidden` while the condition is false,
// so the enhancement script can show and hide them as the person types.
import type { ReactNode } from "react";
import type { TCondition } from "@/lib/forms/condition-definition";
import { evaluateCondition } from "@/lib/forms/conditions";
import { isField, type TElement, type TField, type TFormDefinition } from "@/lib/forms/definition";
import { localize, type TLanguage } from "@/lib/forms/localized-text";
import { renderSafeMarkdown } from "@/lib/forms/safe-markdown";
import { FIELD_RENDERERS } from "./field-renderers";
import type { TFieldRendererProps } from "./field-props";

export type TFormStepProps = {
  definition: TFormDefinition;
  pageId: string;
  language: TLanguage;
  /** Answers as produced by coerceFormInput / validated answers; all pages (conditions read earlier ones). */
  values: Record<string, unknown>;
  /** Field path (input name, e.g. "address.street", "rows[0].amount") → message. */
  errors: Record<string, string>;
  /** Prefix of every element id, so two renderings can share a document. */
  idPrefix?: string;
  /** Fields filled from Suomi.fi Identification: key → the value as shown; rendered as text, not controls. */
  locked?: Record<string, string>;
  /** Shown under a locked value ("From Suomi.fi identification"). */
  lockedNote?: string;
};

/** A value from Suomi.fi Identification: not a control, so it cannot be edited (the server ignores posts). */
function LockedField({
  field,
  name,
  display,
  note,
  language,
  idPrefix,
}: {
  field: TField;
  name: string;
  display: string;
  note: string;
  language: TLanguage;
  idPrefix: string;
}) {
  const id = `${idPrefix}${name}-locked`;
  return (
    <div className="element" key={name}>
      <div
        className="field field--locked"
        data-field={name}
        data-field-type={field.type}
        data-prefilled="suomifi"
      >
        <p className="label" id={`${id}-label`}>
          {localize(field.label, language)}
        </p>
        <p className="locked-value" aria-labelledby={`${id}-label`} aria-describedby={`${id}-note`}>
          {display}
        </p>
        <p className="hint" id={`${id}-note`}>
          {note}
        </p>
      </div>
    </div>
  );
}

function Conditional({
  condition,
  resolve,
  scope,
  children,
  elementKey,
}: {
  condition: TCondition | undefined;
  resolve: (key: string) => unknown;
  scope?: string;
  children: ReactNode;
  elementKey: string;
}) {
  if (!condition)
    return (
      <div className="element" key={elementKey}>
        {children}
      </div>
    );
  const isVisible = evaluateCondition(condition, resolve);
  return (
    <div
      className="element conditional"
      key={elementKey}
      data-visible-if={JSON.stringify(condition)}
      data-scope={scope}
      hidden={!isVisible}
    >
      {children}
    </div>
  );
}

export function renderField(
  field: TField,
  name: string,
  value: unknown,
  resolve: (key: string) => unknown,
  common: Pick<TFieldRendererProps, "errors" | "language" | "idPrefix">,
): ReactNode {
  const renderer = FIELD_RENDERERS[field.type] as (props: TFieldRendererProps) => ReactNode;
  const scope = name.includes("[") ? name.slice(0, name.lastIndexOf(".") + 1) : undefined;
  const props: TFieldRendererProps = {
    ...common,
    field,
    name,
    value,
    resolve,
    renderField: (child, childName, childValue, childResolve) =>
      renderField(child, childName, childValue, childResolve, common),
  };
  return (
    <Conditional condition={field.visibleIf} resolve={resolve} scope={scope} elementKey={name} key={name}>
      <div data-field={name} data-field-type={field.type}>
        {renderer(props)}
      </div>
    </Conditional>
  );
}

function renderElement(
  element: TElement,
  values: Record<string, unknown>,
  resolve: (key: string) => unknown,
  common: Pick<TFieldRendererProps, "errors" | "language" | "idPrefix">,
): ReactNode {
  if (isField(element)) return renderField(element, element.key, values[element.key], resolve, common);
  if (element.type === "heading") {
    return (
      <Conditional condition={element.visibleIf} resolve={resolve} elementKey={element.id} key={element.id}>
        <h2 className="step-heading">{localize(element.text, common.language)}</h2>
      </Conditional>
    );
  }
  return (
    <Conditional condition={element.visibleIf} resolve={resolve} elementKey={element.id} key={element.id}>
      <div
        className="info-text"
        // renderSafeMarkdown escapes raw HTML and allows only safe link protocols.
        dangerouslySetInnerHTML={{ __html: renderSafeMarkdown(localize(element.markdown, common.language)) }}
      />
    </Conditional>
  );
}

export function FormStep({
  definition,
  pageId,
  language,
  values,
  errors,
  idPrefix = "",
  locked = {},
  lockedNote = "",
}: TFormStepProps) {
  const page = definition.pages.find((candidate) => candidate.id === pageId);
  if (!page) return null;
  const resolve = (key: string) => values[key];
  const common = { errors, language, idPrefix };
  return (
    <div className="form-step" data-page-id={page.id}>
      {page.elements.map((element) =>
        isField(element) && locked[element.key] !== undefined ? (
          <LockedField
            key={element.key}
            field={element}
            name={element.key}
            display={locked[element.key]!}
            note={lockedNote}
            language={language}
            idPrefix={idPrefix}
          />
        ) : (
          renderElement(element, values, resolve, common)
        ),
      )}
    </div>
  );
}
