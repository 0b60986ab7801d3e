import { describe, expect, it } from "vitest";
import { ZFormDefinition, type TFormDefinitionInput } from "./definition";
import { diagnose } from "./diagnose";
import { evaluateCondition } from "./conditions";
import { listTexts } from "./translations";

const text = (fi: string) => ({ fi });
type TElements = NonNullable<TFormDefinitionInput["pages"]>[number]["elements"];

function defineForm(elements: TElements) {
  return ZFormDefinition.parse({
    schemaVersion: 1,
    title: text("Lomake"),
    pages: [{ id: "p1", title: text("Sivu"), elements }],
  });
}

const blockerCodes = (elements: TElements) =>
  diagnose(defineForm(elements)).blockers.map((blocker) => blocker.code);

const from = { type: "date", key: "from", label: text("Alkamispäivä"), required: true } as const;

describe("diagnostics of rules between fields", () => {
  it("accepts a sound rule", () => {
    expect(
      blockerCodes([
        from,
        { ...from, key: "to", rules: [{ kind: "compare", operator: "greaterOrEqual", field: "from" }] },
      ]),
    ).toEqual([]);
  });

  it("blocks a rule that refers to a missing field, the field itself, or a field of another type", () => {
    const codes = blockerCodes([
      from,
      { type: "number", key: "amount", label: text("Summa") },
      {
        ...from,
        key: "to",
        rules: [
          { kind: "compare", operator: "greaterOrEqual", field: "nope" },
          { kind: "compare", operator: "greaterOrEqual", field: "to" },
          { kind: "compare", operator: "greaterOrEqual", field: "amount" },
          { kind: "atLeastOne", fields: ["gone"] },
        ],
      },
    ]);
    expect(codes).toEqual([
      "ruleUnknownField",
      "ruleSelfReference",
      "ruleFieldTypeMismatch",
      "ruleUnknownField",
    ]);
    const blocker = diagnose(
      defineForm([
        from,
        { ...from, key: "to", rules: [{ kind: "compare", operator: "lessThan", field: "nope" }] },
      ]),
    ).blockers[0]!;
    expect(blocker.path).toBe("pages/0/elements/1/rules/0");
    expect(blocker.message.fi).toContain("”nope”, jota lomakkeella ei ole");
  });

  it("blocks ordering text and reading a repeating group's field from outside its row", () => {
    expect(
      blockerCodes([
        { type: "shortText", key: "a", label: text("A") },
        {
          type: "shortText",
          key: "b",
          label: text("B"),
          rules: [{ kind: "compare", operator: "lessThan", field: "a" }],
        },
        {
          type: "repeatingGroup",
          key: "rows",
          label: text("Rivit"),
          fields: [{ type: "shortText", key: "c", label: text("C") }],
        },
        {
          type: "shortText",
          key: "d",
          label: text("D"),
          rules: [{ kind: "compare", operator: "equals", field: "c" }],
        },
      ]),
    ).toEqual(["ruleOperatorMismatch", "ruleIntoGroup"]);
  });

  it("blocks rules that contradict each other, also when written on both fields", () => {
    expect(
      blockerCodes([
        from,
        {
          ...from,
          key: "to",
          rules: [
            { kind: "compare", operator: "greaterThan", field: "from" },
            { kind: "compare", operator: "lessOrEqual", field: "from" },
          ],
        },
      ]),
    ).toEqual(["ruleContradiction"]);
    expect(
      blockerCodes([
        { ...from, rules: [{ kind: "compare", operator: "greaterThan", field: "to" }] },
        { ...from, key: "to", rules: [{ kind: "compare", operator: "greaterThan", field: "from" }] },
      ]),
    ).toEqual(["ruleContradiction"]);
  });

  it("reports a contradiction on the field that holds the rules, naming the other field", () => {
    const [blocker] = diagnose(
      defineForm([
        from,
        {
          ...from,
          key: "to",
          rules: [
            { kind: "compare", operator: "greaterThan", field: "from" },
            { kind: "compare", operator: "lessThan", field: "from" },
          ],
        },
      ]),
    ).blockers;
    expect(blocker).toMatchObject({
      code: "ruleContradiction",
      elementId: "to",
      path: "pages/0/elements/1/rules/1",
    });
    expect(blocker!.message.fi).toContain("Kentän ”to” säännöt kentän ”from” kanssa ovat ristiriidassa");
  });

  it("blocks a rule the fields' own limits exclude when both are required, not when one is optional", () => {
    const fixedFrom = { ...from, settings: { min: "2027-01-01" } };
    const early = { ...from, key: "to", settings: { max: "2026-12-31" } };
    const rules = [{ kind: "compare", operator: "greaterOrEqual", field: "from" }] as const;
    expect(blockerCodes([fixedFrom, { ...early, rules: [...rules] }])).toEqual(["ruleOutsideLimits"]);
    expect(blockerCodes([fixedFrom, { ...early, required: false, rules: [...rules] }])).toEqual([]);
    expect(
      blockerCodes([fixedFrom, { ...early, settings: { max: "2027-01-01" }, rules: [...rules] }]),
    ).toEqual([]);
  });

  it("lists rule messages and per-rule messages as texts to translate", () => {
    const definition = defineForm([
      from,
      {
        ...from,
        key: "to",
        errorMessages: { dateTooLate: text("Liian myöhään") },
        rules: [
          { kind: "compare", operator: "greaterOrEqual", field: "from", message: text("Ei ennen alkua") },
        ],
      },
    ]);
    const paths = listTexts(definition).map((entry) => entry.path);
    expect(paths).toContain("pages/0/elements/1/errorMessages/dateTooLate");
    expect(paths).toContain("pages/0/elements/1/rules/0/message");
  });
});

describe("conditions comparing two fields", () => {
  const answers: Record<string, unknown> = { from: "2026-05-10", to: "2026-05-12", a: 5, b: "5" };
  const resolve = (key: string) => answers[key];
  it("compare dates, numbers and equality; an empty side never holds", () => {
    expect(
      evaluateCondition({ field: "to", operator: "greaterThanField", otherField: "from" }, resolve),
    ).toBe(true);
    expect(evaluateCondition({ field: "to", operator: "lessThanField", otherField: "from" }, resolve)).toBe(
      false,
    );
    expect(evaluateCondition({ field: "a", operator: "equalsField", otherField: "b" }, resolve)).toBe(true);
    expect(evaluateCondition({ field: "a", operator: "notEqualsField", otherField: "b" }, resolve)).toBe(
      false,
    );
    expect(
      evaluateCondition({ field: "to", operator: "greaterThanField", otherField: "none" }, resolve),
    ).toBe(false);
  });

  it("blocks comparing fields of different types and unknown other fields", () => {
    const codes = blockerCodes([
      from,
      { type: "number", key: "n", label: text("N") },
      {
        type: "shortText",
        key: "x",
        label: text("X"),
        visibleIf: {
          any: [
            { field: "n", operator: "greaterThanField", otherField: "from" },
            { field: "n", operator: "lessThanField", otherField: "missing" },
          ],
        },
      },
    ]);
    expect(codes).toEqual(["conditionFieldTypeMismatch", "conditionUnknownField"]);
  });
});
