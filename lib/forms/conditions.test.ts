import { describe, expect, it } from "vitest";
import { buildAnswerSchema } from "./build-answer-schema";
import { evaluateCondition } from "./conditions";
import type { TCondition } from "./condition-definition";
import { defineForm } from "./testing/define-form";

const answers: Record<string, unknown> = {
  kind: "vehicle",
  amount: 150,
  day: "2026-03-01",
  tags: ["a", "b"],
  yes: true,
  blank: "",
};
const resolve = (key: string) => answers[key];

describe("evaluateCondition", () => {
  it.each([
    [{ field: "kind", operator: "equals", value: "vehicle" }, true],
    [{ field: "kind", operator: "notEquals", value: "vehicle" }, false],
    [{ field: "kind", operator: "oneOf", values: ["property", "vehicle"] }, true],
    [{ field: "kind", operator: "noneOf", values: ["property", "vehicle"] }, false],
    [{ field: "blank", operator: "empty" }, true],
    [{ field: "missing", operator: "empty" }, true],
    [{ field: "kind", operator: "notEmpty" }, true],
    [{ field: "amount", operator: "greaterThan", value: 100 }, true],
    [{ field: "amount", operator: "lessThan", value: 100 }, false],
    [{ field: "day", operator: "greaterThan", value: "2026-02-28" }, true],
    [{ field: "day", operator: "lessThan", value: "2026-02-28" }, false],
    [{ field: "tags", operator: "contains", value: "b" }, true],
    [{ field: "tags", operator: "contains", value: "c" }, false],
    [{ field: "yes", operator: "equals", value: true }, true],
    [{ field: "missing", operator: "greaterThan", value: 1 }, false],
  ] as const)("%j → %s", (condition, expected) => {
    expect(evaluateCondition(condition as unknown as TCondition, resolve)).toBe(expected);
  });

  it("combines nested all/any groups", () => {
    const condition = {
      all: [
        { field: "kind", operator: "equals", value: "vehicle" },
        {
          any: [
            { field: "amount", operator: "greaterThan", value: 1000 },
            { field: "tags", operator: "contains", value: "a" },
          ],
        },
      ],
    } as const;
    expect(evaluateCondition(condition as unknown as TCondition, resolve)).toBe(true);
    expect(
      evaluateCondition(
        {
          any: [
            { field: "blank", operator: "notEmpty" },
            { all: [{ field: "yes", operator: "equals", value: false }] },
          ],
        },
        resolve,
      ),
    ).toBe(false);
    expect(evaluateCondition(undefined, resolve)).toBe(true);
  });
});

describe("conditions in the answer schema", () => {
  const form = defineForm([
    {
      id: "p1",
      title: { fi: "Vahinko" },
      elements: [
        {
          type: "singleChoice",
          key: "kind",
          label: { fi: "Laji" },
          required: true,
          settings: {
            choices: [
              { value: "vehicle", label: { fi: "Ajoneuvo" } },
              { value: "other", label: { fi: "Muu" } },
            ],
          },
        },
        {
          type: "shortText",
          key: "registration",
          label: { fi: "Rekisteritunnus" },
          required: true,
          visibleIf: { field: "kind", operator: "equals", value: "vehicle" },
        },
        { type: "number", key: "amount", label: { fi: "Summa" } },
        {
          type: "longText",
          key: "justification",
          label: { fi: "Perustelu" },
          requiredIf: { field: "amount", operator: "greaterThan", value: 1000 },
        },
        {
          type: "repeatingGroup",
          key: "items",
          label: { fi: "Esineet" },
          fields: [
            { type: "yesNo", key: "hasReceipt", label: { fi: "Kuitti?" } },
            {
              type: "number",
              key: "price",
              label: { fi: "Hinta" },
              required: true,
              visibleIf: {
                all: [
                  { field: "hasReceipt", operator: "equals", value: true },
                  { field: "kind", operator: "equals", value: "vehicle" },
                ],
              },
            },
          ],
        },
      ],
    },
    {
      id: "p2",
      title: { fi: "Ajoneuvo" },
      visibleIf: { field: "kind", operator: "equals", value: "vehicle" },
      elements: [{ type: "shortText", key: "insurer", label: { fi: "Vakuutusyhtiö" }, required: true }],
    },
  ]);
  const schema = buildAnswerSchema(form, { language: "fi" });

  it("validates shown fields and strips hidden ones", () => {
    const result = schema.safeParse({
      kind: "other",
      registration: "not validated",
      insurer: "",
      amount: 10,
    });
    expect(result.success).toBe(true);
    expect(result.data).toEqual({ kind: "other", amount: 10 });
  });

  it("requires fields on a shown page and inside shown group cells", () => {
    const result = schema.safeParse({
      kind: "vehicle",
      items: [{ hasReceipt: true }, { hasReceipt: false }],
    });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([
      ["registration"],
      ["items", 0, "price"],
      ["insurer"],
    ]);
  });

  it("applies required-if", () => {
    expect(
      schema.safeParse({ kind: "other", amount: 5000 }).error?.issues.map((issue) => issue.path),
    ).toEqual([["justification"]]);
    expect(schema.safeParse({ kind: "other", amount: 5000, justification: "Koska" }).success).toBe(true);
  });

  it("validates one page using answers of earlier pages for conditions", () => {
    const page2 = buildAnswerSchema(form, { language: "en", pageId: "p2" });
    expect(page2.safeParse({ kind: "other" }).data).toEqual({});
    const missing = page2.safeParse({ kind: "vehicle", registration: "" });
    expect(missing.error?.issues).toEqual([
      expect.objectContaining({ path: ["insurer"], message: "Enter vakuutusyhtiö." }),
    ]);
    expect(page2.safeParse({ kind: "vehicle", insurer: "Vakuutus Oy" }).data).toEqual({
      insurer: "Vakuutus Oy",
    });
    expect(() => buildAnswerSchema(form, { language: "fi", pageId: "nope" })).toThrow(/Unknown page/);
  });

  it("treats a hidden field as empty for later conditions", () => {
    const chained = defineForm([
      {
        id: "p",
        title: { fi: "P" },
        elements: [
          { type: "yesNo", key: "a", label: { fi: "A" } },
          {
            type: "shortText",
            key: "b",
            label: { fi: "B" },
            visibleIf: { field: "a", operator: "equals", value: true },
          },
          {
            type: "shortText",
            key: "c",
            label: { fi: "C" },
            required: true,
            visibleIf: { field: "b", operator: "notEmpty" },
          },
        ],
      },
    ]);
    expect(buildAnswerSchema(chained, { language: "fi" }).safeParse({ a: false, b: "stale" }).success).toBe(
      true,
    );
    expect(buildAnswerSchema(chained, { language: "fi" }).safeParse({ a: true, b: "x" }).success).toBe(false);
  });
});
