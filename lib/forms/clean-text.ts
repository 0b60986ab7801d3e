// Browser-safe and dependency-free (the enhancement script uses it too): what every text answer is reduced to.

/** NFC-normalised, trimmed, control characters removed (single-line: replaced by a space; line breaks kept in multiline). */
export function cleanText(value: string, isMultiline = false): string {
  const normalised = value.normalize("NFC").replace(/\r\n?/g, "\n");
  const withoutControls = normalised.replace(
    isMultiline ? /[\u0000-\u0008\u000B-\u001F\u007F]/g : /[\u0000-\u001F\u007F]/g,
    isMultiline ? "" : " ",
  );
  return isMultiline
    ? withoutControls
        .split("\n")
        .map((line) => line.trimEnd())
        .join("\n")
        .trim()
    : withoutControls.trim();
}
