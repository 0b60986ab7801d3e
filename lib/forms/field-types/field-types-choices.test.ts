import { describe, expect, it } from "vitest";
import { check } from "./field-types-text.test";
import { MAX_TOTAL_ATTACHMENT_BYTES } from "../answer-values";
import { buildAnswerSchema } from "../build-answer-schema";
import { defineSinglePageForm } from "../testing/define-form";
import { FIELD_TYPE_REGISTRY } from "../field-type-registry";
import { FIELD_TYPES } from "../definition";

const choices = [
  { value: "a", label: { fi: "A" } },
  { value: "b", label: { fi: "B" } },
  { value: "c", label: { fi: "C" } },
];

describe("singleChoice", () => {
  const field = {
    type: "singleChoice",
    key: "pick",
    label: { fi: "Valinta" },
    settings: { choices },
  } as const;
  it("accepts a listed value only", () => {
    expect(check(field, "b")).toEqual({ ok: true, value: "b" });
    expect(check(field, "x")).toMatchObject({ messages: ["Valitse jokin vaihtoehdoista."] });
  });
});

describe("multipleChoice", () => {
  const field = {
    type: "multipleChoice",
    key: "picks",
    label: { fi: "Valinnat" },
    settings: { choices, minSelections: 1, maxSelections: 2 },
  } as const;
  it("orders selections as in the definition and drops duplicates", () => {
    expect(check(field, ["c", "a", "c"])).toEqual({ ok: true, value: ["a", "c"] });
  });
  it("enforces min and max selections and known values", () => {
    expect(check(field, ["a", "b", "c"])).toMatchObject({ messages: ["Valitse enintään 2."] });
    expect(check(field, ["x"]).ok).toBe(false);
    expect(check({ ...field, required: true }, [])).toMatchObject({
      messages: ["Valitse valinnat."],
    });
  });
});

describe("yesNo and consent", () => {
  it("yes/no takes booleans; false is an answer", () => {
    const field = { type: "yesNo", key: "yn", label: { fi: "K/E" }, required: true } as const;
    expect(check(field, false)).toEqual({ ok: true, value: false });
    expect(check(field, "maybe").ok).toBe(false);
    expect(check(field, undefined).ok).toBe(false);
  });
  it("consent must be ticked whenever shown, even if not marked required", () => {
    const field = { type: "consent", key: "ok", label: { fi: "Hyväksyn" } } as const;
    expect(check(field, true)).toEqual({ ok: true, value: true });
    expect(check(field, false)).toMatchObject({ messages: ["Sinun on hyväksyttävä tämä jatkaaksesi."] });
    expect(check(field, undefined, "en")).toMatchObject({ messages: ["You must accept this to continue."] });
  });
});

const file = (name: string, size: number, mediaType = "image/jpeg") => ({
  id: `id-${name}`,
  name,
  size,
  sha256: "a".repeat(64),
  mediaType,
});

describe("file", () => {
  const field = {
    type: "file",
    key: "photos",
    label: { fi: "Kuvat" },
    settings: { allowedMediaTypes: ["image/*", "application/pdf"], maxFileSizeBytes: 1000, maxFiles: 2 },
  } as const;
  it("accepts allowed files", () => {
    expect(check(field, [file("a.jpg", 1000), file("b.pdf", 10, "application/pdf")]).ok).toBe(true);
  });
  it("rejects wrong types, too large files and too many files, pointing at the file", () => {
    expect(check(field, [file("a.exe", 10, "application/x-msdownload")])).toMatchObject({
      paths: [["photos", 0]],
    });
    expect(check(field, [file("a.jpg", 1001)], "en")).toMatchObject({
      messages: ["The file a.jpg is too large. The maximum size is 1000 B."],
    });
    expect(check(field, [file("a.jpg", 1), file("b.jpg", 1), file("c.jpg", 1)]).ok).toBe(false);
    expect(check(field, [{ name: "x" }])).toMatchObject({ ok: false });
  });
  it("rejects attachments that together exceed the 10 MB Suomi.fi limit", () => {
    const big = {
      type: "file",
      key: "docs",
      label: { fi: "Liitteet" },
      settings: { maxFileSizeBytes: 6 * 1024 * 1024, maxFiles: 1 },
    } as const;
    const form = defineSinglePageForm([big, { ...big, key: "docs2" }]);
    const schema = buildAnswerSchema(form, { language: "fi" });
    const half = 5 * 1024 * 1024;
    expect(
      schema.safeParse({
        docs: [file("a.pdf", half, "application/pdf")],
        docs2: [file("b.pdf", half, "application/pdf")],
      }).success,
    ).toBe(true);
    const over = schema.safeParse({
      docs: [file("a.pdf", half, "application/pdf")],
      docs2: [file("b.pdf", half + 1, "application/pdf")],
    });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0]).toMatchObject({
      path: ["docs"],
      message: "Liitteiden yhteiskoko voi olla enintään 10 MB.",
    });
    expect(MAX_TOTAL_ATTACHMENT_BYTES).toBe(10 * 1024 * 1024);
  });
});

describe("repeatingGroup", () => {
  const field = {
    type: "repeatingGroup",
    key: "costs",
    label: { fi: "Kulut" },
    settings: { minRows: 1, maxRows: 2 },
    fields: [
      { type: "shortText", key: "what", label: { fi: "Mikä" }, required: true },
      { type: "number", key: "sum", label: { fi: "Summa" }, settings: { min: 0 } },
    ],
  } as const;
  it("validates each row and points at the failing cell", () => {
    expect(check(field, [{ what: "Taksi", sum: "12,5" }])).toEqual({
      ok: true,
      value: [{ what: "Taksi", sum: 12.5 }],
    });
    expect(check(field, [{ what: "Taksi" }, { sum: -1 }])).toMatchObject({
      paths: [
        ["costs", 1, "what"],
        ["costs", 1, "sum"],
      ],
    });
  });
  it("enforces the row limits", () => {
    expect(check(field, [{ what: "a" }, { what: "b" }, { what: "c" }])).toMatchObject({
      messages: ["Lisää enintään 2 riviä.".replace("Lisää", "Voit lisätä")],
    });
  });
});

describe("registry", () => {
  it("has an entry with every capability for every field type", () => {
    expect(Object.keys(FIELD_TYPE_REGISTRY).sort()).toEqual([...FIELD_TYPES].sort());
    for (const [type, definition] of Object.entries(FIELD_TYPE_REGISTRY)) {
      expect(definition.type).toBe(type);
      for (const capability of [
        "buildValueSchema",
        "formatValue",
        "toJsonSchema",
        "coerce",
        "isEmpty",
        "maxFormattedLength",
      ] as const) {
        expect(typeof definition[capability]).toBe("function");
      }
      expect(definition.isEmpty(definition.emptyValue)).toBe(true);
    }
  });
});
