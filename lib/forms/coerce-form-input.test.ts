import { describe, expect, it } from "vitest";
import { buildAnswerSchema } from "./build-answer-schema";
import { coerceFormInput } from "./coerce-form-input";
import { defineForm } from "./testing/define-form";

const form = defineForm([
  {
    id: "p1",
    title: { fi: "1" },
    elements: [
      { type: "number", key: "amount", label: { fi: "Summa" } },
      {
        type: "multipleChoice",
        key: "tags",
        label: { fi: "T" },
        settings: {
          choices: [
            { value: "a", label: { fi: "A" } },
            { value: "b", label: { fi: "B" } },
          ],
        },
      },
      { type: "yesNo", key: "yn", label: { fi: "YN" } },
      { type: "consent", key: "ok", label: { fi: "OK" } },
      { type: "address", key: "home", label: { fi: "Osoite" } },
      { type: "file", key: "docs", label: { fi: "Liitteet" }, settings: { maxFiles: 3 } },
      {
        type: "repeatingGroup",
        key: "rows",
        label: { fi: "Rivit" },
        fields: [
          { type: "shortText", key: "what", label: { fi: "Mikä" } },
          { type: "address", key: "where", label: { fi: "Missä" } },
        ],
      },
    ],
  },
  { id: "p2", title: { fi: "2" }, elements: [{ type: "shortText", key: "later", label: { fi: "L" } }] },
]);

describe("coerceFormInput", () => {
  it("turns posted strings into typed values the schema accepts", () => {
    const file = { id: "f1", name: "a.pdf", size: 5, sha256: "1".repeat(64), mediaType: "application/pdf" };
    const raw = coerceFormInput(form, "p1", {
      amount: "1 200,50",
      tags: ["b", "a"],
      yn: "no",
      ok: "on",
      "home.street": "Katu 1",
      "home.postalCode": "00100",
      "home.postOffice": "Helsinki",
      "rows[3].what": "later row",
      "rows[0].what": "first row",
      "rows[0].where.street": "Tie 2",
      "rows[0].where.postalCode": "33100",
      "rows[0].where.postOffice": "Tampere",
      docs: JSON.stringify(file),
      later: "ignored on p1",
    });
    expect(raw).not.toHaveProperty("later");
    expect(raw.yn).toBe(false);
    expect(raw.ok).toBe(true);
    const answers = buildAnswerSchema(form, { language: "fi", pageId: "p1" }).parse(raw);
    expect(answers).toEqual({
      amount: 1200.5,
      tags: ["a", "b"],
      yn: false,
      ok: true,
      home: { street: "Katu 1", postalCode: "00100", postOffice: "HELSINKI", country: "FI" },
      docs: [file],
      rows: [
        {
          what: "first row",
          where: { street: "Tie 2", postalCode: "33100", postOffice: "TAMPERE", country: "FI" },
        },
        { what: "later row" },
      ],
    });
  });

  it("takes uploaded files from options and reports unticked consent", () => {
    const file = { id: "f1", name: "a.pdf", size: 5, sha256: "1".repeat(64), mediaType: "application/pdf" };
    const raw = coerceFormInput(form, undefined, {}, { files: { docs: [file] } });
    expect(raw.docs).toEqual([file]);
    expect(raw.ok).toBe(false);
    const result = buildAnswerSchema(form, { language: "fi" }).safeParse(raw);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["ok"]]);
  });

  it("keeps unparseable input so the validator reports it", () => {
    const raw = coerceFormInput(form, "p1", { amount: "kymmenen", yn: "perhaps", ok: "on" });
    const result = buildAnswerSchema(form, { language: "fi", pageId: "p1" }).safeParse(raw);
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([["amount"], ["yn"]]);
  });
});
