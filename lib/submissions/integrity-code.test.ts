import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { computeIntegrityCode, isIntegrityCodeValid } from "@/lib/submissions/integrity-code";
import { generateReference, REFERENCE_PATTERN } from "@/lib/submissions/reference";

const key = randomBytes(32);
const input = {
  reference: "LMK-7F3K-9Q2D",
  textSha256: "a".repeat(64),
  attachmentSha256s: ["c".repeat(64), "b".repeat(64)],
};

describe("integrity code", () => {
  it("is stable for the same input, whatever the order of attachments", () => {
    const code = computeIntegrityCode(input, key);
    expect(code).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){7}$/);
    expect(
      computeIntegrityCode({ ...input, attachmentSha256s: [...input.attachmentSha256s].reverse() }, key),
    ).toBe(code);
    expect(isIntegrityCodeValid(code.toLowerCase(), input, key)).toBe(true);
  });

  it("changes when the text, the reference, an attachment or the key changes", () => {
    const code = computeIntegrityCode(input, key);
    expect(isIntegrityCodeValid(code, { ...input, textSha256: "d".repeat(64) }, key)).toBe(false);
    expect(isIntegrityCodeValid(code, { ...input, reference: "LMK-7F3K-9Q2E" }, key)).toBe(false);
    expect(isIntegrityCodeValid(code, { ...input, attachmentSha256s: ["c".repeat(64)] }, key)).toBe(false);
    expect(isIntegrityCodeValid(code, input, randomBytes(32))).toBe(false);
  });
});

describe("reference", () => {
  it("looks like LMK-XXXX-XXXX without look-alike characters and varies", () => {
    const references = new Set(Array.from({ length: 200 }, generateReference));
    expect(references.size).toBe(200);
    for (const reference of references) {
      expect(reference).toMatch(REFERENCE_PATTERN);
      expect(reference.slice(4)).not.toMatch(/[01ILOU]/);
    }
  });
});
