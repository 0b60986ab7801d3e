import { describe, expect, it } from "vitest";
import { ZFormDefinition, type TFormDefinition } from "@/lib/forms/definition";
import { blankDefinition } from "@/lib/form-admin/blank-definition";
import { createElement, createPage } from "./element-factory";

const form = (languages: TFormDefinition["languages"]) =>
  ZFormDefinition.parse({
    schemaVersion: 1,
    languages,
    title: { fi: "Testi" },
    pages: [{ id: "p1", title: { fi: "Yksi" }, elements: [] }],
  });

describe("the builder's default texts come from the message files", () => {
  it("in Finnish, the form's required language, for a Finnish editor", () => {
    const field = createElement("shortText", form(["fi", "sv"]));
    expect(field).toMatchObject({ label: { fi: "Lyhyt teksti" } });
    expect("sv" in (field as { label: object }).label).toBe(false);
  });

  it("also in the editor's language when the form has it, so the canvas shows it", () => {
    expect(createElement("postalCode", form(["fi", "sv"]), new Set(), "sv")).toMatchObject({
      label: { fi: "Postinumero", sv: "Postnummer" },
    });
    expect(createElement("heading", form(["fi", "en"]), new Set(), "en")).toMatchObject({
      text: { fi: "Väliotsikko", en: "Heading" },
    });
    const choice = createElement("singleChoice", form(["fi", "sv"]), new Set(), "sv");
    expect(choice).toMatchObject({
      settings: {
        choices: [{ label: { fi: "Vaihtoehto 1", sv: "Alternativ 1" } }, { label: { sv: "Alternativ 2" } }],
      },
    });
  });

  it("not in a language the form does not have (left for the translations panel)", () => {
    expect(createElement("email", form(["fi"]), new Set(), "en")).toMatchObject({
      label: { fi: "Sähköposti" },
    });
    expect(createPage(form(["fi"]), "en").title).toEqual({ fi: "Sivu 2" });
  });

  it("numbers new pages from the message's argument, in the editor's language too", () => {
    expect(createPage(form(["fi", "sv"]), "sv").title).toEqual({ fi: "Sivu 2", sv: "Sida 2" });
    expect(blankDefinition("Uusi").pages[0]!.title).toEqual({ fi: "Sivu 1" });
  });
});
