import type { TTextValues } from "@/lib/i18n/create-texts";
import { validationTexts, type TValidationMessages } from "@/lib/i18n/validation-texts";
import type { TLanguage } from "./localized-text";

/** The citizen-facing validation messages: lib/i18n/messages/validation/<language>.json, section "field". */
export type TMessageKey = keyof TValidationMessages["field"];
export type TMessageParams = TTextValues;

export function translateMessage(language: TLanguage, key: TMessageKey, params: TMessageParams = {}): string {
  return validationTexts.text(language, `field.${key}`, params);
}

/** The message with its arguments shown as "…", for the builder's "default message" hint. */
export function messageTemplate(language: TLanguage, key: TMessageKey): string {
  return validationTexts.template(language, `field.${key}`);
}

/** Human-readable byte size, e.g. "5 MB", "300 kB" (decimal comma in fi/sv). */
export function formatByteSize(bytes: number, language: TLanguage): string {
  const units: Array<[number, string]> = [
    [1024 * 1024, "MB"],
    [1024, "kB"],
  ];
  for (const [size, unit] of units) {
    if (bytes >= size) {
      const value = Math.round((bytes / size) * 10) / 10;
      const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
      return `${language === "en" ? text : text.replace(".", ",")} ${unit}`;
    }
  }
  return `${bytes} B`;
}

/** Every message a field's editor can override with its own text (`errorMessages` in the definition). */
export const MESSAGE_KEYS = Object.keys(validationTexts.messages("fi").field) as [
  TMessageKey,
  ...TMessageKey[],
];
