import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";
import { checkTranslations } from "./translations";
import { defineForm, defineSinglePageForm } from "./testing/define-form";
import { readSeedForm, SEED_SLUGS } from "./testing/read-seed-forms";

const codes = (list: Array<{ code: string }>) => list.map((diagnostic) => diagnostic.code);

describe("translations", () => {
  it("lists missing texts per language", () => {
    const form = defineSinglePageForm(
      [
        {
          type: "singleChoice",
          key: "c",
          label: { fi: "Valinta", sv: "Val" },
          settings: { choices: [{ value: "a", label: { fi: "A", sv: "" } }] },
        },
      ],
      { languages: ["fi", "sv", "en"], title: { fi: "Lomake", sv: "Blankett", en: "Form" } },
    );
    const [sv, en] = checkTranslations(form, ["sv", "en"]);
    expect(sv).toMatchObject({
      isComplete: false,
      missing: [
        { path: "pages/0/title" },
        { path: "pages/0/elements/0/settings/choices/0/label", elementId: "c", fi: "A" },
      ],
    });
    expect(en?.missing.map((missing) => missing.path)).toEqual([
      "pages/0/title",
      "pages/0/elements/0/label",
      "pages/0/elements/0/settings/choices/0/label",
    ]);
    expect(en?.total).toBe(4);
  });
});

describe("diagnose", () => {
  it("blocks publishing for missing Finnish texts and missing texts of an enabled language", () => {
    const form = defineSinglePageForm([{ type: "shortText", key: "a", label: { fi: "" } }], {
      languages: ["fi", "sv"],
      title: { fi: "T", sv: "T" },
    });
    const { blockers } = diagnose(form);
    expect(codes(blockers)).toEqual(["missingFinnishText", "missingTranslation", "missingTranslation"]);
    expect(blockers[1]?.message.fi).toBe("Käännös kielelle svenska puuttuu: ”Sivu 1”.");
  });

  it("blocks duplicate keys, empty choice lists, broken patterns and inverted ranges", () => {
    const form = defineSinglePageForm([
      { type: "shortText", key: "a", label: { fi: "A" }, settings: { pattern: "([a-z" } },
      { type: "number", key: "a", label: { fi: "B" }, settings: { min: 10, max: 1 } },
      { type: "multipleChoice", key: "m", label: { fi: "M" } },
    ]);
    expect(codes(diagnose(form).blockers).sort()).toEqual([
      "duplicateKey",
      "invalidPattern",
      "invalidRange",
      "noChoices",
    ]);
  });

  it("blocks attachment limits over 10 MB, counting group rows", () => {
    const form = defineSinglePageForm([
      {
        type: "repeatingGroup",
        key: "g",
        label: { fi: "G" },
        settings: { maxRows: 3 },
        fields: [
          {
            type: "file",
            key: "f",
            label: { fi: "F" },
            hint: { fi: "PDF" },
            settings: { maxFileSizeBytes: 4 * 1024 * 1024 },
          },
        ],
      },
    ]);
    const { blockers } = diagnose(form);
    expect(codes(blockers)).toEqual(["attachmentsOverLimit"]);
    expect(blockers[0]?.message.en).toContain("12 MB");
  });

  it("warns about long labels, missing hints and pages without fields", () => {
    const form = defineForm([
      {
        id: "p1",
        title: { fi: "1" },
        elements: [{ type: "iban", key: "iban", label: { fi: "x".repeat(130) }, required: true }],
      },
      {
        id: "p2",
        title: { fi: "2" },
        elements: [{ type: "info", id: "i", markdown: { fi: "<b>bold</b>" } }],
      },
    ]);
    const { blockers, warnings } = diagnose(form);
    expect(blockers).toEqual([]);
    expect(codes(warnings)).toEqual(["rawHtml", "longLabel", "missingHint", "emptyPage"]);
    expect(warnings.find((warning) => warning.code === "emptyPage")).toMatchObject({
      elementId: "p2",
      path: "pages/1",
    });
  });

  it("finds no blockers in the seed forms", () => {
    for (const slug of SEED_SLUGS) expect(codes(diagnose(readSeedForm(slug)).blockers)).toEqual([]);
  });
});
