import { readFileSync } from "node:fs";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FIELD_TYPES, ZFormDefinition } from "@/lib/forms/definition";
import { defineSinglePageForm } from "@/lib/forms/testing/define-form";
import { FIELD_RENDERERS } from "./field-renderers";
import { FormStep } from "./form-step";
import { issuePathToName } from "@/lib/forms/input-names";

const claim = ZFormDefinition.parse(
  JSON.parse(readFileSync("prisma/seed-forms/vahingonkorvausvaatimus.json", "utf8")),
);

describe("FormStep", () => {
  it("has a renderer for every field type", () => {
    expect(Object.keys(FIELD_RENDERERS).sort()).toEqual([...FIELD_TYPES].sort());
  });

  it("renders labelled controls named as coerceFormInput reads them, with errors linked", () => {
    const html = renderToStaticMarkup(
      <FormStep
        definition={claim}
        pageId="claimant"
        language="sv"
        values={{
          fullName: "Tessa <Testilä>",
          address: { street: "Katu 1", postalCode: "00100", postOffice: "", country: "FI" },
        }}
        errors={{ "address.postOffice": "Uppgiften är obligatorisk." }}
      />,
    );
    expect(html).toContain('name="fullName"');
    expect(html).toContain('value="Tessa &lt;Testilä&gt;"');
    expect(html).toContain('name="address.street"');
    expect(html).toContain('<label class="label" for="address-postOffice">Postanstalt');
    expect(html).toMatch(
      /id="address-postOffice"[^>]*aria-invalid="true"[^>]*aria-describedby="address-postOffice-error"/,
    );
    expect(html).toContain("För- och efternamn");
  });

  it("marks conditional fields with their condition and hides those whose condition is false", () => {
    const hidden = renderToStaticMarkup(
      <FormStep
        definition={claim}
        pageId="incident"
        language="fi"
        values={{ damageType: "property" }}
        errors={{}}
      />,
    );
    const match =
      /<div class="element conditional" data-visible-if="([^"]+)"( hidden="")?><div data-field="vehicleRegistration"/.exec(
        hidden,
      );
    expect(match).not.toBeNull();
    expect(match![2]).toBe(' hidden=""');
    const shown = renderToStaticMarkup(
      <FormStep
        definition={claim}
        pageId="incident"
        language="fi"
        values={{ damageType: "vehicle" }}
        errors={{}}
      />,
    );
    expect(shown).toMatch(/data-visible-if="[^"]+"><div data-field="vehicleRegistration"/);
  });

  it("names repeating-group rows group[i].key and scopes their conditions", () => {
    const form = defineSinglePageForm([
      {
        type: "repeatingGroup",
        key: "costs",
        label: { fi: "Kulut" },
        settings: { minRows: 1 },
        fields: [
          { type: "number", key: "amount", label: { fi: "Summa" } },
          {
            type: "shortText",
            key: "why",
            label: { fi: "Miksi" },
            visibleIf: { field: "amount", operator: "greaterThan", value: 100 },
          },
        ],
      },
    ]);
    const html = renderToStaticMarkup(
      <FormStep
        definition={form}
        pageId="page1"
        language="fi"
        values={{ costs: [{ amount: 150 }] }}
        errors={{ [issuePathToName(["costs", 0, "why"])]: "Pakollinen" }}
        idPrefix="p-"
      />,
    );
    expect(html).toContain('name="costs[0].amount"');
    expect(html).toContain('value="150"');
    expect(html).toContain('data-scope="costs[0]."');
    expect(html).toContain('id="p-costs-0-why-error"');
    expect(html).toContain('value="add-row:costs"');
  });
});
