import { describe, expect, it } from "vitest";
import { canonicalAnswersJson, canonicalJson, toCanonicalAnswers } from "./canonical-answers";
import { defineSinglePageForm } from "./testing/define-form";

describe("canonical answers", () => {
  const form = defineSinglePageForm([
    { type: "yesNo", key: "b", label: { fi: "B" } },
    { type: "shortText", key: "a", label: { fi: "A" } },
    {
      type: "shortText",
      key: "hidden",
      label: { fi: "H" },
      visibleIf: { field: "b", operator: "equals", value: true },
    },
    {
      type: "repeatingGroup",
      key: "rows",
      label: { fi: "R" },
      fields: [
        { type: "number", key: "z", label: { fi: "Z" } },
        { type: "number", key: "y", label: { fi: "Y" } },
      ],
    },
  ]);

  it("sorts keys, writes null for unanswered visible fields and leaves hidden fields out", () => {
    expect(canonicalAnswersJson(form, { b: false, rows: [{ z: 1 }] })).toBe(
      '{"answers":{"a":null,"b":false,"rows":[{"y":null,"z":1}]},"schemaVersion":1}',
    );
    expect(toCanonicalAnswers(form, { b: true, hidden: "x" }).answers.hidden).toBe("x");
  });

  it("does not depend on key order, NFC form or -0", () => {
    expect(canonicalJson({ b: 1, a: "A\u0308", c: -0 })).toBe(canonicalJson({ c: 0, a: "Ä", b: 1 }));
    expect(canonicalJson({ b: 1, a: [2, 1] })).toBe('{"a":[2,1],"b":1}');
  });
});
