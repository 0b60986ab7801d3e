import { describe, expect, it } from "vitest";
import { appendIntegrityLine, buildTextWithoutCodeLine, splitIntegrityLine } from "./submission-text";

const code = "0123-4567-89AB-CDEF-0123-4567-89AB-CDEF";

describe("submission text", () => {
  it("ends with the integrity line and splits back into the hashed part and the code", () => {
    const hashed = buildTextWithoutCodeLine("Lomake\n\nSivu\nNimi: Tessa", "LMK-7F3K-9Q2D", "sv");
    expect(hashed.endsWith("Referensnummer: LMK-7F3K-9Q2D")).toBe(true);
    const full = appendIntegrityLine(hashed, code, "sv");
    expect(full.split("\n").at(-1)).toBe(`Kontrollkod: ${code}`);
    expect(splitIntegrityLine(full)).toEqual({ textWithoutCodeLine: hashed, code });
  });

  it("treats a browser's CRLF and trailing spaces as the same text", () => {
    const hashed = buildTextWithoutCodeLine("Lomake\nNimi: Tessa", "LMK-7F3K-9Q2D", "fi");
    const posted = `${appendIntegrityLine(hashed, code, "fi").replace(/\n/g, "\r\n")}  \r\n`;
    expect(splitIntegrityLine(posted)).toEqual({ textWithoutCodeLine: hashed, code });
  });

  it("returns no code when the last line is something else", () => {
    expect(splitIntegrityLine("Nimi: Tessa\nTarkistuskoodi: nope").code).toBeNull();
  });
});
