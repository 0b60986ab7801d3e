// The exact text handed to Suomi.fi Messages: the answers as text, then a closing block with the reference,
// and as the very last line the integrity code. The retrieval job splits the last line off with
// splitIntegrityLine and recomputes the code from the rest; both sides use these functions.
import { normaliseMessageText } from "@/lib/forms/render-answers-text";
import type { TLanguage } from "@/lib/forms/localized-text";
import { outgoingTexts } from "@/lib/i18n/outgoing-texts";

export const REFERENCE_LABELS: Record<TLanguage, string> = outgoingTexts.inEveryLocale("labels.reference");
export const INTEGRITY_LABELS: Record<TLanguage, string> = outgoingTexts.inEveryLocale("labels.integrity");

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const INTEGRITY_LINE = new RegExp(
  `^(${Object.values(INTEGRITY_LABELS).map(escapeRegExp).join("|")}): ([0-9A-F]{4}(?:-[0-9A-F]{4}){7})$`,
);

/**
 * The hashed part of a message: the answers text, a blank line, "Viitenumero: LMK-…" (label in the language).
 * Normalised with normaliseMessageText.
 */
export function buildTextWithoutCodeLine(
  answersText: string,
  reference: string,
  language: TLanguage,
): string {
  return normaliseMessageText(`${answersText}\n\n${REFERENCE_LABELS[language]}: ${reference}`);
}

/** The full message: the hashed part, then "Tarkistuskoodi: XXXX-…" as the last line. */
export function appendIntegrityLine(textWithoutCodeLine: string, code: string, language: TLanguage): string {
  return `${normaliseMessageText(textWithoutCodeLine)}\n${INTEGRITY_LABELS[language]}: ${code}`;
}

/**
 * Splits a message (as stored or as retrieved from Suomi.fi) into the part the integrity code covers and the
 * code. The text is normalised first (CRLF, trailing spaces, NFC), so what a browser posted compares equal.
 * `code` is null when the last line is not an integrity line.
 */
export function splitIntegrityLine(text: string): { textWithoutCodeLine: string; code: string | null } {
  const normalised = normaliseMessageText(text);
  const lines = normalised.split("\n");
  const match = INTEGRITY_LINE.exec(lines[lines.length - 1] ?? "");
  if (!match) return { textWithoutCodeLine: normalised, code: null };
  return { textWithoutCodeLine: normaliseMessageText(lines.slice(0, -1).join("\n")), code: match[2]! };
}
