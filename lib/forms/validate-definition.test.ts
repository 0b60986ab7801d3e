import { describe, expect, it } from "vitest";
import { defineForm } from "./testing/define-form";
import { validateDefinition } from "./validate-definition";

type TElements = Array<Record<string, unknown>>;
const choice = {
  type: "singleChoice",
  key: "kind",
  label: { fi: "Laji" },
  settings: { choices: [{ value: "a", label: { fi: "A" } }] },
} as const;

function codes(elements: TElements, second: TElements = [], pageCondition?: object) {
  const form = defineForm([
    { id: "p1", title: { fi: "1" }, elements },
    { id: "p2", title: { fi: "2" }, elements: second, visibleIf: pageCondition },
  ]);
  return validateDefinition(form).map((diagnostic) => diagnostic.code);
}

describe("validateDefinition", () => {
  it("accepts conditions on earlier fields", () => {
    expect(
      codes([
        choice,
        {
          type: "shortText",
          key: "x",
          label: { fi: "X" },
          visibleIf: { field: "kind", operator: "equals", value: "a" },
        },
      ]),
    ).toEqual([]);
  });

  it("rejects unknown fields, later fields and self references with editor-readable messages", () => {
    const form = defineForm([
      {
        id: "p1",
        title: { fi: "1" },
        elements: [
          {
            type: "shortText",
            key: "early",
            label: { fi: "E" },
            visibleIf: { field: "late", operator: "notEmpty" },
          },
          {
            type: "shortText",
            key: "late",
            label: { fi: "L" },
            requiredIf: { field: "ghost", operator: "empty" },
          },
          {
            type: "shortText",
            key: "self",
            label: { fi: "S" },
            visibleIf: { field: "self", operator: "empty" },
          },
        ],
      },
    ]);
    const diagnostics = validateDefinition(form);
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual([
      "conditionLaterField",
      "conditionUnknownField",
      "conditionSelfReference",
    ]);
    expect(diagnostics[0]).toMatchObject({ elementId: "early", path: "pages/0/elements/0/visibleIf" });
    expect(diagnostics[0]?.message.fi).toContain("tulee lomakkeella vasta myöhemmin");
    expect(diagnostics[1]?.message.en).toBe(
      "The condition refers to the field “ghost”, which is not on the form.",
    );
  });

  it("reports a cycle as a cycle", () => {
    const diagnostics = validateDefinition(
      defineForm([
        {
          id: "p1",
          title: { fi: "1" },
          elements: [
            {
              type: "shortText",
              key: "a",
              label: { fi: "A" },
              visibleIf: { field: "b", operator: "notEmpty" },
            },
            {
              type: "shortText",
              key: "b",
              label: { fi: "B" },
              visibleIf: { any: [{ field: "a", operator: "notEmpty" }] },
            },
          ],
        },
      ]),
    );
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toEqual(["conditionCycle"]);
    expect(diagnostics[0]?.message.en).toContain("a → b → a");
  });

  it("checks page conditions refer to earlier pages", () => {
    expect(codes([choice], [], { field: "kind", operator: "equals", value: "a" })).toEqual([]);
    expect(
      codes([], [{ type: "yesNo", key: "q", label: { fi: "Q" } }], {
        field: "q",
        operator: "equals",
        value: true,
      }),
    ).toEqual(["conditionSamePage"]);
  });

  it("limits references into repeating groups to the same group", () => {
    const group = {
      type: "repeatingGroup",
      key: "rows",
      label: { fi: "Rivit" },
      fields: [
        { type: "yesNo", key: "inRow", label: { fi: "R" } },
        {
          type: "shortText",
          key: "sibling",
          label: { fi: "S" },
          visibleIf: { field: "inRow", operator: "equals", value: true },
        },
      ],
    } as const;
    expect(codes([group])).toEqual([]);
    expect(
      codes([
        group,
        {
          type: "shortText",
          key: "outside",
          label: { fi: "O" },
          visibleIf: { field: "inRow", operator: "equals", value: true },
        },
      ]),
    ).toEqual(["conditionIntoGroup"]);
  });

  it("checks operators and values against the field type", () => {
    const number = { type: "number", key: "n", label: { fi: "N" } } as const;
    const show = (condition: object) =>
      ({ type: "shortText", key: "t", label: { fi: "T" }, visibleIf: condition }) as const;
    expect(codes([number, show({ field: "n", operator: "greaterThan", value: 3 })])).toEqual([]);
    expect(codes([number, show({ field: "n", operator: "greaterThan", value: "2026-01-01" })])).toEqual([
      "conditionValueType",
    ]);
    expect(codes([number, show({ field: "n", operator: "contains", value: "x" })])).toEqual([
      "conditionOperatorMismatch",
    ]);
    expect(codes([choice, show({ field: "kind", operator: "oneOf", values: ["a", "zzz"] })])).toEqual([
      "conditionUnknownChoice",
    ]);
  });

  it("finds duplicate keys (also inside groups) and duplicate ids", () => {
    expect(
      codes([
        { type: "shortText", key: "dup", label: { fi: "1" } },
        {
          type: "repeatingGroup",
          key: "g",
          label: { fi: "G" },
          fields: [{ type: "shortText", key: "dup", label: { fi: "2" } }],
        },
        { type: "heading", id: "p2", text: { fi: "H" } },
      ]),
    ).toEqual(["duplicateKey", "duplicateId"]);
  });
});
