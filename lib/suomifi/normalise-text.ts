// Local stand-in for lib/forms' normaliseMessageText() (not written yet when this was built): the same rules,
// so the form host, the hand-off and the sandbox count the 4000 characters identically.
export function normaliseText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "");
}
