// Renderers of fields that are one text control.
import type { HTMLAttributes } from "react";
import type { TFieldType } from "@/lib/forms/definition";
import { fieldAutocomplete } from "@/lib/forms/field-autocomplete";
import type { TLanguage } from "@/lib/forms/localized-text";
import { controlId } from "./field-names";
import { describedBy, InputFrame } from "./field-frame";
import { asString, fieldHint, fieldLabel, isFieldOptional, type TFieldRendererProps } from "./field-props";
import { rendererText } from "./renderer-messages";

type TInputOptions = {
  type?: "text" | "email" | "tel";
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  spellCheck?: boolean;
  autoCapitalize?: "characters" | "off";
  className?: string;
  extraHint?: string;
  suffix?: string;
  display?: (value: unknown, language: TLanguage) => string;
};

export function TextInput<T extends TFieldType>(props: TFieldRendererProps<T>, options: TInputOptions = {}) {
  const { field, name, value, errors, language, idPrefix, resolve } = props;
  const id = controlId(idPrefix, name);
  const error = errors[name];
  const hint = [fieldHint(field, language), options.extraHint].filter(Boolean).join(" ") || undefined;
  const input = (
    <input
      className={`input ${options.className ?? ""}`.trim()}
      id={id}
      name={name}
      type={options.type ?? "text"}
      defaultValue={options.display ? options.display(value, language) : asString(value)}
      inputMode={options.inputMode}
      autoComplete={fieldAutocomplete(field) ?? "off"}
      spellCheck={options.spellCheck}
      autoCapitalize={options.autoCapitalize}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, hint, error)}
    />
  );
  return (
    <InputFrame
      id={id}
      label={fieldLabel(field, language)}
      hint={hint}
      error={error}
      isOptional={isFieldOptional(field, resolve)}
      language={language}
      isPart={name.includes("[")}
    >
      {options.suffix ? (
        <span className="input-with-suffix">
          {input}
          <span className="input-suffix" aria-hidden="true">
            {options.suffix}
          </span>
        </span>
      ) : (
        input
      )}
    </InputFrame>
  );
}

export function LongTextInput(props: TFieldRendererProps<"longText">) {
  const { field, name, value, errors, language, idPrefix, resolve } = props;
  const id = controlId(idPrefix, name);
  const error = errors[name];
  const hint = fieldHint(field, language);
  return (
    <InputFrame
      id={id}
      label={fieldLabel(field, language)}
      hint={hint}
      error={error}
      isOptional={isFieldOptional(field, resolve)}
      language={language}
    >
      <textarea
        className="input textarea"
        id={id}
        name={name}
        rows={field.settings.rows}
        defaultValue={asString(value)}
        data-max-length={field.settings.maxLength}
        autoComplete={fieldAutocomplete(field)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </InputFrame>
  );
}

/** Numbers as people write them in the language: decimal comma in Finnish and Swedish. */
export function displayNumber(value: unknown, language: TLanguage): string {
  if (typeof value === "number") return language === "en" ? String(value) : String(value).replace(".", ",");
  return asString(value);
}

/** ISO dates shown as d.m.yyyy (the format the hint asks for); anything else as typed. */
export function displayDate(value: unknown): string {
  const text = asString(value);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return match ? `${Number(match[3])}.${Number(match[2])}.${match[1]}` : text;
}

export function displayTime(value: unknown, language: TLanguage): string {
  const text = asString(value);
  return language === "en" ? text : /^\d{2}:\d{2}$/.test(text) ? text.replace(":", ".") : text;
}

export function dateHint(language: TLanguage): string {
  return rendererText(language, "dateHint");
}

export function timeHint(language: TLanguage): string {
  return rendererText(language, "timeHint");
}
