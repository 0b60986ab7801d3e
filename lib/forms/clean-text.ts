// Browser-safe and dependency-free (the enhancement script uses it too): what every text answer is reduced to.

/**
 * Control characters (line breaks, TAB, NUL…) and U+FEFF in a single-line answer. These are refused with a
 * message (fieldMessages.controlCharacters), never replaced or trimmed away behind the person's back.
 */
export const FORBIDDEN_SINGLE_LINE = /[\u0000-\u001F\u007F\uFEFF]/;

export function hasForbiddenSingleLineCharacter(value: string): boolean {
  return FORBIDDEN_SINGLE_LINE.test(value);
}

/**
 * NFC-normalised with surrounding spaces trimmed. Single-line: nothing else changes (a value with control
 * characters is refused by the field's schema, not altered). Multi-line: line breaks kept as "\n", other
 * control characters removed, trailing spaces of lines trimmed.
 */
export function cleanText(value: string, isMultiline = false): string {
  const normalised = value.normalize("NFC");
  if (!isMultiline) return normalised.replace(/^ +| +$/g, "");
  return normalised
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
    .split("\n")
    .map((line) => line.trimEnd())
    .join("\n")
    .trim();
}
