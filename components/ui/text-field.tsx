import type { InputHTMLAttributes } from "react";

type TTextFieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

/** A labelled input with hint and error text wired to it for assistive technology (GOV.UK pattern). */
export function TextField({ id, label, hint, errors, className, ...inputProps }: TTextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={className ?? "mb-5"}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      {hint ? (
        <span id={hintId} className="hint">
          {hint}
        </span>
      ) : null}
      {errorId ? (
        <span id={errorId} className="field-error">
          {errors!.join(" ")}
        </span>
      ) : null}
      <input
        id={id}
        className="input"
        aria-invalid={errorId ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        {...inputProps}
      />
    </div>
  );
}
