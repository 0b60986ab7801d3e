// Browser-safe: the settings texts a citizen sees (stored on the form, not in its definition), as text entries
// beside the definition's own. The publish check and the translation files both read this one list.
import type { TLocalizedText } from "@/lib/forms/localized-text";
import { MAX_LONG_TEXT, MAX_SINGLE_LINE_TEXT, type TTextEntry } from "@/lib/forms/translations";

export const SETTINGS_TEXT_NAMES = [
  "closedMessage",
  "pauseMessage",
  "privacyNotice",
  "receiptTitle",
  "receiptBody",
] as const;
export type TSettingsTextName = (typeof SETTINGS_TEXT_NAMES)[number];

export interface TSettingsTextColumns {
  closedMessage: unknown;
  pauseMessage: unknown;
  privacyNotice: unknown;
  receiptTemplate: unknown;
}

function textOf(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" ? (value as Record<string, unknown>) : {};
}

function toLocalizedText(value: unknown): TLocalizedText {
  const text = textOf(value);
  const pick = (language: string) =>
    typeof text[language] === "string" ? (text[language] as string) : undefined;
  return {
    fi: pick("fi") ?? "",
    ...(pick("sv") !== undefined && { sv: pick("sv") }),
    ...(pick("en") !== undefined && { en: pick("en") }),
  };
}

/** The settings texts as they are stored, blank ones included. */
export function readSettingsTexts(form: TSettingsTextColumns): Record<TSettingsTextName, TLocalizedText> {
  const receipt = textOf(form.receiptTemplate);
  return {
    closedMessage: toLocalizedText(form.closedMessage),
    pauseMessage: toLocalizedText(form.pauseMessage),
    privacyNotice: toLocalizedText(form.privacyNotice),
    receiptTitle: toLocalizedText(receipt.title),
    receiptBody: toLocalizedText(receipt.body),
  };
}

/**
 * The settings texts that are written in Finnish. One left blank is not listed: the built-in text is used
 * then, in every language, so there is nothing to translate.
 */
export function listSettingsTexts(form: TSettingsTextColumns): TTextEntry[] {
  const texts = readSettingsTexts(form);
  return SETTINGS_TEXT_NAMES.filter((name) => texts[name].fi.trim() !== "").map((name) => ({
    path: `settings/${name}`,
    key: `settings.${name}`,
    context: { owner: "settings", ownerText: "", part: name },
    isMultiline: name !== "receiptTitle",
    maxLength: name === "receiptTitle" ? MAX_SINGLE_LINE_TEXT : MAX_LONG_TEXT,
    text: texts[name],
  }));
}
