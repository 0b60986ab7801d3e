import { describe, expect, it } from "vitest";
import { citizenTexts } from "./citizen-texts";
import { createTexts } from "./create-texts";
import { validationTexts } from "./validation-texts";

describe("createTexts (next-intl's createTranslator over a namespace's message files)", () => {
  it("fills ICU arguments and picks the plural form by the count, in each language", () => {
    expect(validationTexts.text("fi", "field.tooFewFiles", { min: 1 })).toBe("Lisää vähintään 1 liite.");
    expect(validationTexts.text("fi", "field.tooFewFiles", { min: 3 })).toBe("Lisää vähintään 3 liitettä.");
    expect(validationTexts.text("sv", "field.tooFewFiles", { min: 1 })).toBe("Lägg till minst 1 bilaga.");
    expect(validationTexts.text("en", "field.tooManyRows", { max: 1 })).toBe("You can add at most 1 row.");
    // Numbers are written as given (no digit grouping), as the texts were before.
    expect(validationTexts.text("fi", "field.tooLong", { max: 10000 })).toBe(
      "Kirjoita enintään 10000 merkkiä.",
    );
    expect(citizenTexts.text("sv", "page.duration", { minutes: 1 })).toBe(
      "Det tar cirka 1 minut att fylla i.",
    );
  });

  it("treats a value as text, never as a message (a label with braces stays as it is)", () => {
    expect(validationTexts.text("fi", "field.requiredEnter", { label: "{nimi}" })).toBe("Anna {nimi}.");
  });

  it("throws on a missing argument or text, without the other values in the error", () => {
    const texts = createTexts({
      fi: { hello: "Hei {name}, {code}" },
      sv: { hello: "Hej {name}, {code}" },
      en: { hello: "Hi {name}, {code}" },
    });
    expect(() => texts.text("fi", "hello", { code: "131052-308T" })).toThrow(/Text error \(fi\)/);
    expect(() => texts.text("fi", "hello", { code: "131052-308T" })).not.toThrow(/131052-308T/);
    expect(() => texts.text("fi", "missing" as never)).toThrow(/Text error/);
  });

  it("gives a template with its arguments as … for the builder's hints", () => {
    expect(validationTexts.template("fi", "field.tooFewRows")).toBe("Lisää vähintään … riviä.");
    expect(validationTexts.inEveryLocale("field.invalidCountry")).toEqual({
      fi: "Valitse maa.",
      sv: "Välj land.",
      en: "Choose a country.",
    });
  });
});
