// The PDF of a submission's answers in the ZIP export: hostile answers are drawn as plain text, exactly as
// typed, and the file carries no script or automatic action.
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { renderAnswersPdf } from "./write-zip";

/** The text a PDF draws: the glyph strings of every TJ array in its (deflated) content streams. */
function drawnText(pdf: Buffer): string[] {
  const lines: string[] = [];
  for (const match of pdf.toString("latin1").matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    let content: string;
    try {
      content = zlib.inflateSync(Buffer.from(match[1]!, "latin1")).toString("latin1");
    } catch {
      continue; // not a deflated content stream (fonts, images)
    }
    for (const array of content.matchAll(/\[([^\]]*)\]\s*TJ/g)) {
      const hex = [...array[1]!.matchAll(/<([0-9a-f]*)>/gi)].map((part) => part[1]).join("");
      lines.push(Buffer.from(hex, "hex").toString("latin1"));
    }
  }
  return lines;
}

describe("renderAnswersPdf", () => {
  it.each([
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "Robert'); DROP TABLE submission;--",
    "Åsa Öhman – åäö",
  ])("draws %j exactly as typed", async (answer) => {
    const pdf = await renderAnswersPdf("LMK-7F3K-9Q2D", [["Aihe", answer]]);
    expect(drawnText(pdf)).toEqual(
      expect.arrayContaining(["LMK-7F3K-9Q2D", "Aihe", answer.replace("–", "\u0096")]),
    );
    expect(pdf.toString("latin1")).not.toMatch(/\/(JavaScript|JS|OpenAction|AA|Launch|URI)\b/);
  });
});
