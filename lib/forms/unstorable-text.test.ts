// NUL and unpaired surrogates in editor text are refused by the definition schema with a message, and the
// editor's diagnostics name the place in the editor's language (jsonb would refuse them with a 500).
import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";
import { UNSTORABLE_TEXT_MESSAGE, ZFormDefinition } from "./definition";
import { defineForm } from "./testing/define-form";

/** A valid definition with one label replaced afterwards (the fixture helper itself parses). */
function withLabel(label: string) {
  const definition = defineForm([
    {
      id: "p1",
      title: { fi: "Sivu" },
      elements: [{ type: "shortText", key: "name", label: { fi: "Nimi" } }],
    },
  ]);
  const copy = structuredClone(definition);
  (copy.pages[0]!.elements[0] as { label: { fi: string } }).label.fi = label;
  return copy;
}

describe("unstorable editor text", () => {
  it.each(["Nimi\u0000", "\uD800", "a\uDC00b", "\uDBFF\uDBFF\uDC00x\uD800"])(
    "refuses %j at the schema, at its path",
    (label) => {
      const result = ZFormDefinition.safeParse(withLabel(label));
      expect(result.success).toBe(false);
      expect(result.error!.issues).toContainEqual(
        expect.objectContaining({
          path: ["pages", 0, "elements", 0, "label", "fi"],
          message: UNSTORABLE_TEXT_MESSAGE,
        }),
      );
      const blocker = diagnose(withLabel(label)).blockers.find((item) => item.code === "unstorableText");
      expect(blocker?.path).toBe("pages/0/elements/0/label/fi");
      expect(blocker?.message.fi).toContain("merkki, jota ei voi tallentaa");
    },
  );

  it("keeps paired surrogates (emoji) and every other character", () => {
    expect(ZFormDefinition.safeParse(withLabel("Hymy 😀 – ✓ \u00A0 \t")).success).toBe(true);
  });
});
