// WCAG 2.1 SC 1.3.5 (Identify Input Purpose): a field that asks for the person's own data names its purpose
// with an HTML autocomplete token, so browsers can fill it in and assistive technology can show what it is.
import * as z from "zod";
import type { TField } from "./definition";
import type { TPrefillSource } from "./identity-prefill";

/**
 * The input purposes of WCAG 2.1 §7 that a citizen form may ask for, plus "off". Left out on purpose: sign-in
 * (username, passwords, one-time codes) and payment cards, which a form host never asks for.
 */
export const AUTOCOMPLETE_TOKENS = [
  "off",
  "name",
  "honorific-prefix",
  "given-name",
  "additional-name",
  "family-name",
  "honorific-suffix",
  "nickname",
  "organization-title",
  "organization",
  "street-address",
  "address-line1",
  "address-line2",
  "address-line3",
  "address-level4",
  "address-level3",
  "address-level2",
  "address-level1",
  "country",
  "country-name",
  "postal-code",
  "language",
  "bday",
  "bday-day",
  "bday-month",
  "bday-year",
  "sex",
  "url",
  "photo",
  "tel",
  "tel-country-code",
  "tel-national",
  "tel-area-code",
  "tel-local",
  "tel-extension",
  "email",
  "impp",
] as const;
export const ZAutocompleteToken = z.enum(AUTOCOMPLETE_TOKENS).meta({ id: "AutocompleteToken" });
export type TAutocompleteToken = z.infer<typeof ZAutocompleteToken>;

/**
 * A field type's autocomplete: the token a field of the type gets unless the editor chose another, or null when
 * the type has no control a browser fills in (choices, files, groups, an address's parts have their own).
 */
export type TAutocompletePolicy<TOfType extends TField> = ((field: TOfType) => TAutocompleteToken) | null;

/** What a field bound to Suomi.fi Identification asks for is the person's own data, with a known purpose. */
export const PREFILL_AUTOCOMPLETE: Record<TPrefillSource, TAutocompleteToken> = {
  fullName: "name",
  firstNames: "given-name",
  surname: "family-name",
  // A henkilötunnus has no token, and a browser should not keep one to offer on another site.
  henkilotunnus: "off",
  dateOfBirth: "bday",
  email: "email",
  address: "street-address",
  streetAddress: "street-address",
  postalCode: "postal-code",
  postOffice: "address-level2",
  municipality: "off",
};

/** The prefill binding's token, else the type's own. */
export function boundAutocomplete(field: TField, fallback: TAutocompleteToken): TAutocompleteToken {
  return field.prefill ? PREFILL_AUTOCOMPLETE[field.prefill] : fallback;
}
