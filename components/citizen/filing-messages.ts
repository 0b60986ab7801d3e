// Texts of the "file for whom" step: lib/i18n/messages/citizen/<language>.json, section "filing".
import type { TLanguage } from "@/lib/forms/localized-text";
import { citizenTexts, type TCitizenMessages } from "@/lib/i18n/citizen-texts";

export type TFilingTextKey = keyof TCitizenMessages["filing"];

export function filingText(
  language: TLanguage,
  key: TFilingTextKey,
  values: Record<string, string> = {},
): string {
  return citizenTexts.text(language, `filing.${key}`, values);
}
