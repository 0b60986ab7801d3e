import { describe, expect, it } from "vitest";
import { ZFormDefinition, type TFormDefinitionInput } from "./definition";
import { validateAnswers } from "./validate-answers";

const text = (fi: string, sv = fi, en = fi) => ({ fi, sv, en });

function defineForm(elements: NonNullable<TFormDefinitionInput["pages"]>[number]["elements"]) {
  return ZFormDefinition.parse({
    schemaVersion: 1,
    languages: ["fi", "sv", "en"],
    title: text("Lomake"),
    pages: [{ id: "p1", title: text("Sivu"), elements }],
  });
}

const period = defineForm([
  { type: "date", key: "from", label: text("Alkamispäivä", "Startdatum", "Start date"), required: true },
  {
    type: "date",
    key: "to",
    label: text("Päättymispäivä", "Slutdatum", "End date"),
    required: true,
    rules: [{ kind: "compare", operator: "greaterOrEqual", field: "from" }],
  },
]);

const messagesOf = (
  definition: ReturnType<typeof defineForm>,
  answers: unknown,
  language: "fi" | "sv" | "en",
) =>
  validateAnswers(definition, answers, { language, today: "2026-06-15" }).issues.map((issue) => [
    issue.path.join("."),
    issue.message,
  ]);

describe("rules between fields", () => {
  it("refuses an end date before the start date, naming the other field and its date, in fi/sv/en", () => {
    const answers = { from: "2026-05-10", to: "2026-05-09" };
    expect(messagesOf(period, answers, "fi")).toEqual([
      ["to", "Päivämäärä ei voi olla aikaisempi kuin alkamispäivä (10.5.2026)."],
    ]);
    expect(messagesOf(period, answers, "sv")).toEqual([
      ["to", "Datumet kan inte vara tidigare än startdatum (10.5.2026)."],
    ]);
    expect(messagesOf(period, answers, "en")).toEqual([
      ["to", "The date cannot be before start date (10 May 2026)."],
    ]);
  });

  it("accepts the same day and a later one, and stays quiet while the other date is missing or invalid", () => {
    expect(messagesOf(period, { from: "2026-05-10", to: "10.5.2026" }, "fi")).toEqual([]);
    expect(messagesOf(period, { from: "2026-05-10", to: "2026-05-11" }, "fi")).toEqual([]);
    expect(messagesOf(period, { from: "", to: "2026-05-01" }, "fi")).toEqual([
      ["from", "Anna alkamispäivä."],
    ]);
    expect(messagesOf(period, { from: "2026-02-31", to: "2026-01-01" }, "fi")).toEqual([
      ["from", "Päivämäärää 31.2.2026 ei ole olemassa. Tarkista päivä ja kuukausi."],
    ]);
  });

  it("reads a field that comes later in the form", () => {
    const reversed = defineForm([
      {
        type: "number",
        key: "own",
        label: text("Omavastuu"),
        rules: [{ kind: "compare", operator: "lessOrEqual", field: "total" }],
      },
      { type: "number", key: "total", label: text("Kokonaissumma") },
    ]);
    expect(messagesOf(reversed, { own: "1 200,50", total: "1000" }, "fi")).toEqual([
      ["own", "Luku ei voi olla suurempi kuin kokonaissumma (1000)."],
    ]);
    expect(messagesOf(reversed, { own: "1000", total: "1000" }, "fi")).toEqual([]);
  });

  it("uses the rule's own message in the person's language", () => {
    const times = defineForm([
      { type: "time", key: "start", label: text("Alkaa") },
      {
        type: "time",
        key: "end",
        label: text("Päättyy"),
        rules: [
          {
            kind: "compare",
            operator: "greaterThan",
            field: "start",
            message: text(
              "Tilaisuus ei voi päättyä ennen alkuaan.",
              "Evenemanget kan inte sluta innan det börjar.",
              "The event cannot end before it starts.",
            ),
          },
        ],
      },
    ]);
    expect(messagesOf(times, { start: "14.00", end: "14:00" }, "sv")).toEqual([
      ["end", "Evenemanget kan inte sluta innan det börjar."],
    ]);
    expect(messagesOf(times, { start: "9.05", end: "10:00" }, "sv")).toEqual([]);
  });

  it("asks for at least one of several fields, ignoring hidden ones", () => {
    const contact = defineForm([
      { type: "yesNo", key: "hasEmail", label: text("Onko sinulla sähköposti?") },
      {
        type: "phone",
        key: "phone",
        label: text("Puhelinnumero", "Telefonnummer", "Phone number"),
        rules: [{ kind: "atLeastOne", fields: ["email"] }],
      },
      {
        type: "email",
        key: "email",
        label: text("Sähköposti", "E-post", "E-mail"),
        visibleIf: { field: "hasEmail", operator: "equals", value: true },
      },
    ]);
    expect(messagesOf(contact, { hasEmail: true }, "en")).toEqual([
      ["phone", "Fill in at least one of these: “Phone number”, “E-mail”."],
    ]);
    expect(messagesOf(contact, { hasEmail: false }, "fi")).toEqual([
      ["phone", "Täytä vähintään yksi näistä: ”Puhelinnumero”."],
    ]);
    expect(messagesOf(contact, { hasEmail: true, email: "a@b.fi" }, "fi")).toEqual([]);
    // A hidden field's answer does not count.
    expect(messagesOf(contact, { hasEmail: false, email: "a@b.fi" }, "fi")).toHaveLength(1);
  });

  it("compares fields of the same repeating-group row", () => {
    const rows = defineForm([
      {
        type: "repeatingGroup",
        key: "trips",
        label: text("Matkat"),
        fields: [
          { type: "date", key: "leave", label: text("Lähtöpäivä") },
          {
            type: "date",
            key: "back",
            label: text("Paluupäivä"),
            rules: [{ kind: "compare", operator: "greaterOrEqual", field: "leave" }],
          },
        ],
      },
    ]);
    const issues = messagesOf(
      rows,
      {
        trips: [
          { leave: "2026-01-02", back: "2026-01-03" },
          { leave: "2026-01-05", back: "2026-01-04" },
        ],
      },
      "fi",
    );
    expect(issues).toEqual([
      ["trips.1.back", "Päivämäärä ei voi olla aikaisempi kuin lähtöpäivä (5.1.2026)."],
    ]);
  });

  it("confirms a repeated e-mail address", () => {
    const confirm = defineForm([
      { type: "email", key: "email", label: text("Sähköposti") },
      {
        type: "email",
        key: "email2",
        label: text("Sähköposti uudelleen"),
        rules: [{ kind: "compare", operator: "equals", field: "email" }],
      },
    ]);
    expect(messagesOf(confirm, { email: "a@b.fi", email2: "a@c.fi" }, "fi")).toEqual([
      ["email2", "Tiedon on oltava sama kuin sähköposti. Tarkista kirjoitusasu."],
    ]);
    expect(messagesOf(confirm, { email: "a@b.fi", email2: "A@B.fi" }, "fi")).toEqual([]);
  });
});

describe("messages that name the field", () => {
  const form = defineForm([
    {
      type: "singleChoice",
      key: "kind",
      label: text("Vahingon laji", "Typ av skada", "Type of damage"),
      required: true,
      settings: { choices: [{ value: "a", label: text("A") }] },
    },
    {
      type: "postalCode",
      key: "zip",
      label: text("Postinumero", "Postnummer", "Postal code"),
      required: true,
    },
    { type: "yesNo", key: "kids", label: text("Onko sinulla lapsia?"), required: true },
    { type: "address", key: "home", label: text("Kotiosoite"), required: true },
    {
      type: "personalIdentityCode",
      key: "hetu",
      label: text("Henkilötunnus"),
      errorMessages: { tooLong: text("ei käytössä") },
    },
    {
      type: "shortText",
      key: "name",
      label: text("Nimi"),
      settings: { minLength: 3 },
      errorMessages: {
        tooShort: text("Kirjoita koko nimesi.", "Skriv hela ditt namn.", "Write your full name."),
      },
    },
  ]);

  it("says what to do with which field, and which part of an address is missing", () => {
    const answers = {
      home: { street: "Katu 1", postalCode: "", postOffice: "HELSINKI" },
      hetu: "010280-952K",
      name: "Al",
    };
    expect(messagesOf(form, answers, "fi")).toEqual([
      ["kind", "Valitse vahingon laji."],
      ["zip", "Anna postinumero."],
      ["kids", "Vastaa kysymykseen ”Onko sinulla lapsia?”."],
      ["home.postalCode", "Anna postinumero."],
      ["hetu", "Henkilötunnuksen tarkistusmerkki ei täsmää. Tarkista henkilötunnus."],
      ["name", "Kirjoita koko nimesi."],
    ]);
    expect(messagesOf(form, answers, "sv").slice(0, 2)).toEqual([
      ["kind", "Välj typ av skada."],
      ["zip", "Ange postnummer."],
    ]);
    expect(messagesOf(form, { ...answers, name: "Al" }, "en").at(-1)).toEqual([
      "name",
      "Write your full name.",
    ]);
  });
});
