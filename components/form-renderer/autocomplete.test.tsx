// WCAG 1.3.5: every control that asks for the person's own data names its purpose; the editor's choice wins.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { defineSinglePageForm } from "@/lib/forms/testing/define-form";
import { FormStep } from "./form-step";

const form = defineSinglePageForm([
  { type: "shortText", key: "wholeName", label: { fi: "Nimi" }, prefill: "fullName" },
  { type: "shortText", key: "firstNames", label: { fi: "Etunimet" }, prefill: "firstNames" },
  { type: "shortText", key: "lastName", label: { fi: "Sukunimi" }, prefill: "surname" },
  { type: "shortText", key: "nick", label: { fi: "Kutsumanimi" }, autocomplete: "nickname" },
  { type: "shortText", key: "free", label: { fi: "Vapaa teksti" } },
  { type: "email", key: "email", label: { fi: "Sähköposti" } },
  { type: "email", key: "workEmail", label: { fi: "Työsähköposti" }, autocomplete: "off" },
  { type: "phone", key: "phone", label: { fi: "Puhelin" } },
  { type: "iban", key: "account", label: { fi: "Tilinumero" } },
  { type: "personalIdentityCode", key: "hetu", label: { fi: "Henkilötunnus" } },
  { type: "postalCode", key: "zip", label: { fi: "Postinumero" } },
  { type: "date", key: "born", label: { fi: "Syntymäaika" }, prefill: "dateOfBirth" },
  { type: "country", key: "nationality", label: { fi: "Kansalaisuus" } },
  { type: "address", key: "home", label: { fi: "Osoite" }, settings: { allowForeign: true } },
]);

function autocompleteOf(html: string, id: string): string | undefined {
  const tag = new RegExp(`<(?:input|select|textarea)[^>]*id="${id}"[^>]*>`).exec(html)?.[0];
  expect(tag, id).toBeDefined();
  return /autocomplete="([^"]*)"/i.exec(tag!)?.[1];
}

describe("autocomplete tokens on the citizen page", () => {
  const html = renderToStaticMarkup(
    <FormStep definition={form} pageId="page1" language="fi" values={{}} errors={{}} />,
  );

  it.each([
    ["wholeName", "name"],
    ["firstNames", "given-name"],
    ["lastName", "family-name"],
    ["nick", "nickname"],
    ["free", "off"],
    ["email", "email"],
    ["workEmail", "off"],
    ["phone", "tel"],
    ["account", "off"],
    ["hetu", "off"],
    ["zip", "postal-code"],
    ["born", "bday"],
    ["nationality", "country"],
    ["home-street", "street-address"],
    ["home-postalCode", "postal-code"],
    ["home-postOffice", "address-level2"],
    ["home-country", "country"],
  ])("%s has autocomplete=%s", (id, token) => {
    expect(autocompleteOf(html, id)).toBe(token);
  });
});
