// A handler's reply text as Suomi.fi counts it: line ends as one character, NFC, no trailing spaces. Pure and
// browser-safe, so the reply form's live count and the server's check agree.
export const MAX_REPLY_CHARS = 4000;

export function normaliseReplyText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/, ""))
    .join("\n")
    .trim();
}

/** Characters (code points) after normalisation. */
export function countReplyChars(text: string): number {
  return [...normaliseReplyText(text)].length;
}
