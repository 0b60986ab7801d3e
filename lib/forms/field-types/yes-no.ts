import * as z from "zod";
import type { TFieldTypeDefinition } from "../field-type";
import { validationTexts } from "@/lib/i18n/validation-texts";
import type { TLanguage } from "../localized-text";
import { invalidMessage, isBlank, readText } from "./shared";

export const ZYesNoSettings = z.object({}).strict();

/** Radio values "yes"/"no" (also "true"/"false"); anything else is left for the validator to reject. */
export function parseYesNoInput(raw: string | undefined): boolean | string | undefined {
  if (raw === undefined) return undefined;
  const lowered = raw.trim().toLowerCase();
  if (lowered === "yes" || lowered === "true") return true;
  if (lowered === "no" || lowered === "false") return false;
  return raw;
}

export function yesNoWord(value: boolean, language: TLanguage): string {
  return validationTexts.text(language, value ? "yesNo.yes" : "yesNo.no");
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
  autocomplete: null,
  maxFormattedLength: (_field, language) =>
    Math.max(yesNoWord(true, language).length, yesNoWord(false, language).length),
};
