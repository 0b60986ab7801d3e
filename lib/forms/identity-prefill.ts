// Fields bound to Suomi.fi Identification: which attribute of the identified person fills which field type,
// and the answer value it becomes. Pure: the server gives the identity (from the assertion, never from a post).
import type { TField, TFieldType } from "./definition";

export const PREFILL_SOURCES = [
  "fullName",
  "firstNames",
  "surname",
  "henkilotunnus",
  "dateOfBirth",
  "email",
  "address",
  "streetAddress",
  "postalCode",
  "postOffice",
  "municipality",
] as const;
export type TPrefillSource = (typeof PREFILL_SOURCES)[number];

/** The identified person as prefill sees it; absent parts (an address block) fill nothing. */
export type TPrefillIdentity = {
  firstNames: string;
  callingName: string;
  surname: string;
  henkilotunnus?: string;
  dateOfBirth?: string;
  email?: string;
  address?: { street?: string; postalCode?: string; postOffice?: string };
  municipalityCode?: string;
};

/** The field types each source can fill. */
export const PREFILL_FIELD_TYPES: Record<TPrefillSource, readonly TFieldType[]> = {
  fullName: ["shortText"],
  firstNames: ["shortText"],
  surname: ["shortText"],
  henkilotunnus: ["personalIdentityCode", "shortText"],
  dateOfBirth: ["date"],
  email: ["email"],
  address: ["address"],
  streetAddress: ["shortText"],
  postalCode: ["postalCode", "shortText"],
  postOffice: ["shortText"],
  municipality: ["municipality"],
};

export function canPrefill(fieldType: TFieldType, source: TPrefillSource): boolean {
  return PREFILL_FIELD_TYPES[source].includes(fieldType);
}

function sourceValue(source: TPrefillSource, identity: TPrefillIdentity): unknown {
  switch (source) {
    case "fullName":
      return identity.surname ? `${identity.firstNames} ${identity.surname}`.trim() : undefined;
    case "firstNames":
      return identity.firstNames || undefined;
    case "surname":
      return identity.surname || undefined;
    case "henkilotunnus":
      return identity.henkilotunnus;
    case "dateOfBirth":
      return identity.dateOfBirth;
    case "email":
      return identity.email;
    case "address": {
      const address = identity.address;
      if (!address?.street || !address.postalCode) return undefined;
      return {
        street: address.street,
        postalCode: address.postalCode,
        postOffice: address.postOffice ?? "",
        country: "FI",
      };
    }
    case "streetAddress":
      return identity.address?.street;
    case "postalCode":
      return identity.address?.postalCode;
    case "postOffice":
      return identity.address?.postOffice;
    case "municipality":
      return identity.municipalityCode;
  }
}

/** The answers of the bound fields among `fields` that the identity can fill (the others stay editable). */
export function prefilledAnswers(
  fields: readonly TField[],
  identity: TPrefillIdentity,
): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const field of fields) {
    if (!field.prefill || !canPrefill(field.type, field.prefill)) continue;
    const value = sourceValue(field.prefill, identity);
    if (value !== undefined && value !== "") answers[field.key] = value;
  }
  return answers;
}
