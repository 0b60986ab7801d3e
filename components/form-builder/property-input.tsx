"use client";
import type { InputHTMLAttributes, Ref } from "react";

type TPropertyInputProps = InputHTMLAttributes<HTMLInputElement & HTMLTextAreaElement> & {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  multiline?: boolean;
  ref?: Ref<HTMLInputElement & HTMLTextAreaElement>;
};

/** A compact labelled input (or textarea) for the properties panel, with hint and error wired for screen readers. */
export function PropertyInput({
  id,
  label,
  hint,
  error,
  multiline,
  className,
  ref,
  ...props
}: TPropertyInputProps) {
  const describedBy =
    [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
  const inputProps = {
    id,
    ref,
    className: "input",
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy,
    ...props,
  };
  return (
    <div className={className ?? "mb-3"}>
      <label htmlFor={id} className="label text-base">
        {label}
      </label>
      {hint ? (
        <span id={`${id}-hint`} className="hint text-sm">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
      {multiline ? <textarea rows={3} {...inputProps} /> : <input {...inputProps} />}
    </div>
  );
}
