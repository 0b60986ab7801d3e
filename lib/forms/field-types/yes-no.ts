import * as z from "zod";
import type { TFieldTypeDefinition } from "../field-type";
import type { TLanguage } from "../localized-text";
import { invalidMessage, isBlank, readText } from "./shared";

export const ZYesNoSettings = z.object({}).strict();

const WORDS: Record<TLanguage, [yes: string, no: string]> = {
  fi: ["Kyllä", "Ei"],
  sv: ["Ja", "Nej"],
  en: ["Yes", "No"],
};

/** Radio values "yes"/"no" (also "true"/"false"); anything else is left for the validator to reject. */
export function parseYesNoInput(raw: string | undefined): boolean | string | undefined {
  if (raw === undefined) return undefined;
  const lowered = raw.trim().toLowerCase();
  if (lowered === "yes" || lowered === "true") return true;
  if (lowered === "no" || lowered === "false") return false;
  return raw;
}

export function yesNoWord(value: boolean, language: TLanguage): string {
  return WORDS[language][value ? 0 : 1];
}

export const yesNoFieldType: TFieldTypeDefinition<"yesNo"> = {
  type: "yesNo",
  settingsSchema: ZYesNoSettings,
  emptyValue: null,
  isEmpty: isBlank,
  buildValueSchema: (field, context) => z.boolean({ error: invalidMessage(field, context, "invalidChoice") }),
  coerce: (input, name) => parseYesNoInput(readText(input, name)),
  formatValue: (value, _field, language) => yesNoWord(value, language),
  toJsonSchema: () => ({ type: "boolean" }),
  maxFormattedLength: (_field, language) => Math.max(...WORDS[language].map((word) => word.length)),
};
