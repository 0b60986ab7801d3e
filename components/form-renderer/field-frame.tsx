import type { ReactNode } from "react";
import type { TLanguage } from "@/lib/forms/localized-text";
import { errorId, hintId } from "./field-names";
import { rendererText } from "./renderer-messages";

export type TFrameProps = {
  /** Id of the control the label points at (InputFrame) or of the fieldset (FieldsetFrame). */
  id: string;
  label: string;
  hint?: string;
  error?: string;
  isOptional: boolean;
  language: TLanguage;
  children: ReactNode;
  /** Smaller label for parts of a composite field (address parts, group row fields). */
  isPart?: boolean;
};

/** aria-describedby for a control: its hint and its error, when present. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? hintId(id) : undefined, error ? errorId(id) : undefined].filter(Boolean);
  return ids.length > 0 ? ids.join(" ") : undefined;
}

function LabelText({
  label,
  isOptional,
  language,
}: {
  label: string;
  isOptional: boolean;
  language: TLanguage;
}) {
  return (
    <>
      {label}
      {isOptional ? <span className="optional"> {rendererText(language, "optional")}</span> : null}
    </>
  );
}

function HintAndError({
  id,
  hint,
  error,
  language,
}: {
  id: string;
  hint?: string;
  error?: string;
  language: TLanguage;
}) {
  return (
    <>
      {hint ? (
        <span className="hint" id={hintId(id)}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="field-error" id={errorId(id)}>
          <span className="visually-hidden">{rendererText(language, "errorPrefix")} </span>
          {error}
        </span>
      ) : null}
    </>
  );
}

/** One labelled control: label, hint, error, then the control. */
export function InputFrame({ id, label, hint, error, isOptional, language, children, isPart }: TFrameProps) {
  return (
    <div className={`field${error ? " field--error" : ""}${isPart ? " field--part" : ""}`}>
      <label className="label" htmlFor={id}>
        <LabelText label={label} isOptional={isOptional} language={language} />
      </label>
      <HintAndError id={id} hint={hint} error={error} language={language} />
      {children}
    </div>
  );
}

/** A group of controls (radios, checkboxes, address parts, rows) under a legend. */
export function FieldsetFrame({ id, label, hint, error, isOptional, language, children }: TFrameProps) {
  return (
    <fieldset
      className={`field fieldset${error ? " field--error" : ""}`}
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="label legend">
        <LabelText label={label} isOptional={isOptional} language={language} />
      </legend>
      <HintAndError id={id} hint={hint} error={error} language={language} />
      {children}
    </fieldset>
  );
}
