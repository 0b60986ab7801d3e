// Mirrors normaliseMessageText() in lib/forms/render-answers-text.ts (not yet committed when this was written),
// so the form host, the hand-off and the sandbox count the 4000 characters identically.
// TODO: import it from lib/forms once that file is committed, and delete this copy.
export function normaliseText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/u, ""))
    .join("\n")
    .replace(/\n+$/, "");
}
