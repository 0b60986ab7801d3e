import { describe, expect, it } from "vitest";
import { ZFormDefinition } from "@/lib/forms/definition";
import { summarizeCondition } from "./condition-summary";

const definition = ZFormDefinition.parse({
  schemaVersion: 1,
  title: { fi: "Testi" },
  pages: [
    {
      id: "p1",
      title: { fi: "Sivu" },
      elements: [
        {
          type: "singleChoice",
          key: "damageType",
          label: { fi: "Vahingon laji", en: "Damage type" },
          settings: {
            choices: [
              { value: "vehicle", label: { fi: "Ajoneuvo", en: "Vehicle" } },
              { value: "other", label: { fi: "Muu", en: "Other" } },
            ],
          },
        },
        { type: "number", key: "amount", label: { fi: "Summa", en: "Amount" }, settings: { unit: "€" } },
        { type: "yesNo", key: "police", label: { fi: "Rikosilmoitus tehty", en: "Reported to police" } },
      ],
    },
  ],
});

describe("summarizeCondition", () => {
  it("reads like the issue's example", () => {
    expect(
      summarizeCondition(
        "shown",
        {
          all: [
            { field: "damageType", operator: "equals", value: "vehicle" },
            { field: "amount", operator: "greaterThan", value: 1000 },
          ],
        },
        definition,
        "en",
      ),
    ).toBe("Shown when Damage type is Vehicle and Amount is over 1,000 €");
  });

  it("nests groups in parentheses and names choices, booleans and emptiness in Finnish", () => {
    expect(
      summarizeCondition(
        "required",
        {
          any: [
            { field: "police", operator: "equals", value: true },
            {
              all: [
                { field: "damageType", operator: "oneOf", values: ["vehicle", "other"] },
                { field: "amount", operator: "notEmpty" },
              ],
            },
          ],
        },
        definition,
        "fi",
      ),
    ).toBe(
      "Pakollinen, kun Rikosilmoitus tehty on Kyllä tai (Vahingon laji on jokin seuraavista: Ajoneuvo, Muu ja Summa on täytetty)",
    );
  });

  it("falls back to the key of an unknown field", () => {
    expect(summarizeCondition("shown", { field: "gone", operator: "empty" }, definition, "sv")).toBe(
      "Visas när gone är tomt",
    );
  });
});

describe("summarizeCondition: the filing role", () => {
  it("says whom the form is filed for, with field rules alongside", () => {
    const condition = {
      any: [
        { filingRole: "guardian" as const },
        { field: "police", operator: "equals" as const, value: true },
      ],
    };
    expect(summarizeCondition("shown", condition, definition, "fi")).toBe(
      "Näytetään, kun lomaketta täytetään huoltajana tai Rikosilmoitus tehty on Kyllä",
    );
    expect(summarizeCondition("required", { filingRole: "company" }, definition, "en")).toContain(
      "the form is filed for a company",
    );
  });
});
