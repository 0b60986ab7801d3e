// Texts of the citizen pages: lib/i18n/messages/citizen/<language>.json, section "page".
import type { TLanguage } from "@/lib/forms/localized-text";
import { citizenTexts, type TCitizenMessages } from "@/lib/i18n/citizen-texts";

export type TCitizenMessageKey = keyof TCitizenMessages["page"];

export function citizenText(
  language: TLanguage,
  key: TCitizenMessageKey,
  params: Record<string, string | number> = {},
): string {
  return citizenTexts.text(language, `page.${key}`, params);
}

/** 22.11.2026 klo 14.30 style, in Finnish time. */
export function formatDateTime(date: Date, language: TLanguage): string {
  const locale = language === "fi" ? "fi-FI" : language === "sv" ? "sv-FI" : "en-GB";
  return new Intl.DateTimeFormat(locale, {
    timeZone: "Europe/Helsinki",
    day: "numeric",
    month: "numeric",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(date);
}

export function formatDay(date: Date, language: TLanguage): string {
  const locale = language === "fi" ? "fi-FI" : language === "sv" ? "sv-FI" : "en-GB";
  return new Intl.DateTimeFormat(locale, {
    timeZone: "Europe/Helsinki",
    day: "numeric",
    month: "numeric",
    year: "numeric",
  }).format(date);
}
