// What Lomake keeps of an identification: the person's data from the assertion (the only source of prefilled
// values), the level of assurance, and the NameID and SessionIndex that single logout needs. An address-
// blocked person's address never enters it: Suomi.fi omits it, and it is dropped here even if it were sent.
import "server-only";

import type { Profile } from "@node-saml/node-saml";
import { z } from "zod";
import { isValidHenkilotunnus, normaliseHenkilotunnus } from "@/lib/forms/vendor/henkilotunnus";
import type { TSuomifiAttributeKey } from "@/lib/suomifi/saml-constants";
import type { TIdentificationConfig } from "./identification-config";

export const ZIdentity = z.object({
  henkilotunnus: z.string().optional(),
  eidasPersonIdentifier: z.string().optional(),
  firstNames: z.string(),
  callingName: z.string(),
  surname: z.string(),
  dateOfBirth: z.string().optional(),
  email: z.string().optional(),
  municipality: z
    .object({ code: z.string(), nameFi: z.string().optional(), nameSv: z.string().optional() })
    .optional(),
  address: z
    .object({
      streetFi: z.string().optional(),
      streetSv: z.string().optional(),
      postalCode: z.string().optional(),
      postOfficeFi: z.string().optional(),
      postOfficeSv: z.string().optional(),
    })
    .optional(),
  foreignAddress: z
    .object({
      street: z.string().optional(),
      locality: z.string().optional(),
      countryCode: z.string().optional(),
    })
    .optional(),
  hasAddressBlock: z.boolean(),
  authnContext: z.string(),
  nameId: z.string(),
  nameIdFormat: z.string(),
  sessionIndex: z.string().optional(),
});
export type TIdentity = z.infer<typeof ZIdentity>;

export class IdentityError extends Error {
  constructor(readonly reason: "no-henkilotunnus" | "malformed") {
    super(reason);
  }
}

function single(profile: Profile, name: string): string | undefined {
  const value = profile[name];
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === "string" && first.trim() ? first.trim() : undefined;
}

export function identityFromProfile(
  profile: Profile,
  config: TIdentificationConfig,
  authnContext: string,
): TIdentity {
  const read = (key: TSuomifiAttributeKey) => single(profile, config.attributes[key]);
  const rawCode = read("henkilotunnus");
  const henkilotunnus = rawCode ? normaliseHenkilotunnus(rawCode) : undefined;
  if (henkilotunnus && !isValidHenkilotunnus(henkilotunnus)) throw new IdentityError("malformed");
  const eidasPersonIdentifier = read("eidasPersonIdentifier");
  if (!henkilotunnus && !eidasPersonIdentifier) throw new IdentityError("no-henkilotunnus");
  const hasAddressBlock = read("addressBlock") === "1";
  const municipalityCode = read("municipalityCode");
  const address = hasAddressBlock
    ? undefined
    : {
        streetFi: read("streetFi"),
        streetSv: read("streetSv"),
        postalCode: read("postalCode"),
        postOfficeFi: read("postOfficeFi"),
        postOfficeSv: read("postOfficeSv"),
      };
  const foreignAddress = hasAddressBlock
    ? undefined
    : {
        street: read("foreignStreet"),
        locality: read("foreignLocality"),
        countryCode: read("foreignCountryCode"),
      };
  const hasAny = (value: Record<string, string | undefined> | undefined) =>
    value && Object.values(value).some((entry) => entry !== undefined) ? value : undefined;
  const firstNames = read("firstNames") ?? read("callingName") ?? "";
  return ZIdentity.parse({
    henkilotunnus,
    eidasPersonIdentifier: henkilotunnus ? undefined : eidasPersonIdentifier,
    firstNames,
    callingName: read("callingName") ?? firstNames.split(" ")[0] ?? "",
    surname: read("surname") ?? read("eidasSurname") ?? "",
    dateOfBirth: read("dateOfBirth"),
    email: read("email"),
    municipality: municipalityCode
      ? { code: municipalityCode, nameFi: read("municipalityFi"), nameSv: read("municipalitySv") }
      : undefined,
    address: hasAny(address),
    foreignAddress: hasAny(foreignAddress),
    hasAddressBlock,
    authnContext,
    nameId: profile.nameID,
    nameIdFormat: profile.nameIDFormat,
    sessionIndex: profile.sessionIndex,
  });
}
