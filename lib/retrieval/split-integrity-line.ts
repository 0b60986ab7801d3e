// Splits the closing "Tarkistuskoodi: XXXX-…" line off a message text (written against the citizen host's
// contract: the code line is the LAST line; label in Finnish, Swedish or English).
// TODO: use splitIntegrityLine from lib/submissions once the citizen host exports it.
import { normaliseMessageText } from "@/lib/forms/render-answers-text";

const CODE_LINE =
  /^(?:Tarkistuskoodi|Kontrollkod|Integrity code):\s*([0-9A-Fa-f]{4}(?:-[0-9A-Fa-f]{4}){3,15})\s*$/;

export function splitIntegrityLine(text: string): { textWithoutCodeLine: string; code: string | null } {
  const normalised = normaliseMessageText(text);
  const lastBreak = normalised.lastIndexOf("\n");
  const lastLine = normalised.slice(lastBreak + 1);
  const match = CODE_LINE.exec(lastLine.trim());
  if (!match) return { textWithoutCodeLine: normalised, code: null };
  return {
    textWithoutCodeLine: normaliseMessageText(lastBreak < 0 ? "" : normalised.slice(0, lastBreak)),
    code: match[1]!.toUpperCase(),
  };
}
