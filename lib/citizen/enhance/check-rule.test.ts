// The light browser check must agree with the server's full validator: for every sample value it reports an
// error exactly when lib/forms/validate-answers does, with the same message.
import { describe, expect, it } from "vitest";
import { ZFormDefinition } from "@/lib/forms/definition";
import type { TLanguage } from "@/lib/forms/localized-text";
import { validateAnswers } from "@/lib/forms/validate-answers";
import { checkRule } from "./check-rule";
import { buildClientRules } from "./client-rules";

const label = (text: string) => ({ fi: text, sv: text, en: text });

const definition = ZFormDefinition.parse({
  schemaVersion: 1,
  languages: ["fi", "sv", "en"],
  title: label("Testi"),
  pages: [
    {
      id: "p1",
      title: label("Sivu"),
      elements: [
        {
          type: "shortText",
          key: "name",
          label: label("Nimi"),
          required: true,
          settings: { minLength: 2, maxLength: 10 },
        },
        {
          type: "shortText",
          key: "plate",
          label: label("Rekisteritunnus"),
          settings: { pattern: "[A-Z]{2,3}-\\d{1,3}", patternMessage: label("Muodossa ABC-123") },
        },
        { type: "longText", key: "story", label: label("Kuvaus"), settings: { maxLength: 20 } },
        { type: "personalIdentityCode", key: "hetu", label: label("Henkilötunnus"), required: true },
        { type: "businessId", key: "ytunnus", label: label("Y-tunnus") },
        { type: "vehicleRegistrationNumber", key: "rekisteri", label: label("Rekisteritunnus") },
        { type: "iban", key: "iban", label: label("Tilinumero") },
        {
          type: "iban",
          key: "ibanFi",
          label: label("Suomalainen tilinumero"),
          settings: { isFinnishOnly: true },
        },
        { type: "postalCode", key: "zip", label: label("Postinumero") },
        {
          type: "email",
          key: "email",
          label: label("Sähköposti"),
          errorMessages: { invalid: label("Oma virheviesti") },
        },
      ],
    },
  ],
});

const SAMPLES: Record<string, string[]> = {
  name: ["", "  ", "A", "Ab", "Tessa Testilä", "Tessa Testilä Pitkä", "  Ab  "],
  plate: ["", "ABC-123", "abc-123", "ABCD-1", "AB-1"],
  story: ["", "lyhyt", "x".repeat(21), "rivi\r\nrivi", `${"y".repeat(18)}  \n  `],
  hetu: [
    "",
    "010280-952L",
    "010280-952l",
    " 010280-952L ",
    "010280-952K",
    "311299A999E",
    "12345",
    "010280-000Y",
  ],
  ytunnus: ["", "0737546-2", "07375462", "0737546-3", "737546-2", "abc"],
  rekisteri: ["", "ABC-123", "abc 123", "åla–12", "CD-1234", "C-12345", "ABC-012", "ABCD-1", "123", "X-1"],
  iban: [
    "",
    "FI49 5000 9420 0287 30",
    "FI4950009420028730",
    "FI49 5000 9420 0287 31",
    "DE89 3704 0044 0532 0130 00",
    "XX00",
  ],
  ibanFi: ["DE89 3704 0044 0532 0130 00", "FI49 5000 9420 0287 30"],
  zip: ["", "00100", "00 100", "0010", "001000", "abcde"],
  email: [
    "",
    "tessa@example.fi",
    "Tessa@EXAMPLE.FI",
    "ei-osoite",
    "a@b",
    "a..b@example.fi",
    ".a@example.fi",
    `${"a".repeat(250)}@ex.fi`,
  ],
};

describe("the enhancement script's light check agrees with the server validator", () => {
  for (const language of ["fi", "sv", "en"] as TLanguage[]) {
    it(`gives the same errors and messages in ${language}`, () => {
      const rules = buildClientRules(definition, "p1", language);
      for (const [key, values] of Object.entries(SAMPLES)) {
        const rule = rules[key]!;
        expect(rule, key).toBeDefined();
        for (const value of values) {
          const server = validateAnswers(
            definition,
            { [key]: value },
            { language, pageId: "p1" },
          ).issues.find((issue) => issue.path[0] === key);
          const client = checkRule(rule, value, rule.isRequired === true);
          expect({ key, value, message: client }).toEqual({ key, value, message: server?.message });
        }
      }
    });
  }

  it("carries labels and localised messages, and the field's own invalid message", () => {
    const rules = buildClientRules(definition, "p1", "sv");
    expect(rules.name).toMatchObject({ kind: "text", isRequired: true, minLength: 2, maxLength: 10 });
    expect(rules.name!.messages.required).toBe("Uppgiften är obligatorisk.");
    expect(rules.email!.messages.invalid).toBe("Oma virheviesti");
    expect(rules.hetu!.label).toBe("Henkilötunnus");
  });
});
