// Spreadsheet formula injection (OWASP "CSV injection"): every cell a spreadsheet would run as a formula is
// prefixed with a single quote; everything else, including markup and Nordic letters, is written unchanged.
import { describe, expect, it } from "vitest";
import { neutraliseFormula } from "./write-export";

describe("neutraliseFormula", () => {
  it.each([
    '=HYPERLINK("https://evil.example","klikkaa")',
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+9)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
  ])("neutralises %j", (payload) => {
    expect(neutraliseFormula(payload)).toBe(`'${payload}`);
  });

  it.each([
    "Katuvalo rikki",
    "Åsa Öhman – ÅÄÖ åäö",
    "<script>alert(1)</script>",
    "Robert'); DROP TABLE submission;--",
    "1 + 1 = 2",
    "",
  ])("leaves %j unchanged", (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});
