import { describe, expect, it } from "vitest";
import { ZFormDefinition, type TElement } from "@/lib/forms/definition";
import { conditionCandidates, makeRule, operatorsFor } from "./condition-fields";

const definition = ZFormDefinition.parse({
  schemaVersion: 1,
  title: { fi: "T" },
  pages: [
    {
      id: "p1",
      title: { fi: "S1" },
      elements: [
        { type: "yesNo", key: "a", label: { fi: "A" } },
        {
          type: "repeatingGroup",
          key: "rows",
          label: { fi: "Rivit" },
          fields: [
            { type: "number", key: "amount", label: { fi: "Summa" } },
            { type: "shortText", key: "note", label: { fi: "Huom" } },
          ],
        },
        { type: "heading", id: "h", text: { fi: "Otsikko" } },
      ],
    },
    { id: "p2", title: { fi: "S2" }, elements: [{ type: "date", key: "d", label: { fi: "Päivä" } }] },
  ],
});
const element = (pageIndex: number, index: number) =>
  definition.pages[pageIndex]!.elements[index] as TElement;
const keys = (fields: Array<{ key: string }>) => fields.map((field) => field.key);

describe("condition candidates", () => {
  it("offers earlier fields only, and group fields only inside the same group", () => {
    expect(keys(conditionCandidates(definition, { kind: "element", element: element(0, 0) }))).toEqual([]);
    expect(keys(conditionCandidates(definition, { kind: "element", element: element(0, 2) }))).toEqual([
      "a",
      "rows",
    ]);
    expect(keys(conditionCandidates(definition, { kind: "element", element: element(1, 0) }))).toEqual([
      "a",
      "rows",
    ]);
    const note = (element(0, 1) as { fields: TElement[] }).fields[1]!;
    expect(keys(conditionCandidates(definition, { kind: "element", element: note }))).toEqual([
      "a",
      "amount",
    ]);
    expect(keys(conditionCandidates(definition, { kind: "page", pageIndex: 1 }))).toEqual(["a", "rows"]);
  });

  it("suggests comparisons that suit the type and keeps a fitting value", () => {
    const date = element(1, 0) as Parameters<typeof operatorsFor>[0];
    expect(operatorsFor(date)).toContain("greaterThan");
    expect(makeRule(date, "oneOf", { field: "d", operator: "equals", value: "2026-05-01" })).toEqual({
      field: "d",
      operator: "oneOf",
      values: ["2026-05-01"],
    });
    expect(makeRule(date, "empty")).toEqual({ field: "d", operator: "empty" });
  });
});
