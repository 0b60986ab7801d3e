// Where Suomi.fi Identification meets the citizen pages: the start page's panel, the IdP's origin that the
// logout form's redirect goes to (CSP form-action also covers redirects), and the prefilled, locked fields.
import "server-only";
import { identificationText } from "@/components/citizen/identification-messages";
import type { TIdentificationPanelProps } from "@/components/citizen/identification-panel";
import { isField, type TPage } from "@/lib/forms/definition";
import { formatDate } from "@/lib/forms/field-types/date";
import { prefilledAnswers, type TPrefillIdentity } from "@/lib/forms/identity-prefill";
import type { TLanguage } from "@/lib/forms/localized-text";
import type { TIdentity } from "@/lib/identification/identity";
import { claimDraftForPerson } from "@/lib/identification/person-drafts";
import { henkilotunnusHash } from "@/lib/security/person-id-hashes";
import { getIdentificationConfig, SAML_PATHS } from "@/lib/identification/identification-config";
import { getIdpMetadata } from "@/lib/identification/idp-metadata";
import type { TFormContext } from "./form-context";

export function identificationPanel(context: TFormContext): TIdentificationPanelProps | undefined {
  const { form, language, identified } = context;
  if (form.identification === "none") return undefined;
  const query = new URLSearchParams({ org: form.organizationSlug, form: form.slug, lang: language });
  const langQuery = language === "fi" ? "" : `?lang=${language}`;
  return {
    language,
    mode: form.identification,
    identifiedName: identified
      ? `${identified.identity.callingName} ${identified.identity.surname}`.trim()
      : undefined,
    loginHref: `${SAML_PATHS.login}?${query.toString()}`,
    logoutAction: `${SAML_PATHS.logout}${langQuery}`,
    returnPath: `/f/${form.organizationSlug}/${form.slug}${langQuery}`,
    inProgressHref: `/f/${form.organizationSlug}/in-progress${langQuery}`,
  };
}

export async function identificationFormActionOrigins(context: TFormContext): Promise<string[]> {
  if (context.form.identification === "none" || !context.identified) return [];
  const config = getIdentificationConfig();
  if (!config) return [];
  try {
    return [new URL((await getIdpMetadata(config.idpMetadataUrl)).sloRedirectUrl).origin];
  } catch {
    return [];
  }
}

/** The identity in the shape prefill reads (the address is absent for an address-blocked person). */
function prefillIdentity(identity: TIdentity): TPrefillIdentity {
  return {
    firstNames: identity.firstNames,
    callingName: identity.callingName,
    surname: identity.surname,
    henkilotunnus: identity.henkilotunnus,
    dateOfBirth: identity.dateOfBirth,
    email: identity.email,
    address:
      identity.hasAddressBlock || !identity.address
        ? undefined
        : {
            street: identity.address.streetFi,
            postalCode: identity.address.postalCode,
            postOffice: identity.address.postOfficeFi,
          },
    municipalityCode: identity.municipality?.code,
  };
}

function displayValue(value: unknown, identity: TIdentity, language: TLanguage, fieldType: string): string {
  if (fieldType === "municipality")
    return (
      (language === "sv" ? identity.municipality?.nameSv : undefined) ??
      identity.municipality?.nameFi ??
      String(value)
    );
  if (fieldType === "date" && typeof value === "string") return formatDate(value, language);
  if (value && typeof value === "object") {
    const address = value as { street?: string; postalCode?: string; postOffice?: string };
    return [address.street, [address.postalCode, address.postOffice].filter(Boolean).join(" ")]
      .filter(Boolean)
      .join(", ");
  }
  return String(value);
}

/**
 * Bound fields of the page filled from the identified person's assertion: the answers (which replace anything
 * posted) and the values as shown. Empty when nobody is identified or the form does not use identification.
 */
export function prefillForPage(
  context: TFormContext,
  page: TPage,
): { answers: Record<string, unknown>; locked: Record<string, string>; note: string } {
  const note = identificationText(context.language, "fromSuomifi");
  if (context.form.identification === "none" || !context.identified) return { answers: {}, locked: {}, note };
  const identity = context.identified.identity;
  const fields = page.elements.filter(isField);
  const answers = prefilledAnswers(fields, prefillIdentity(identity));
  const locked: Record<string, string> = {};
  for (const field of fields)
    if (field.key in answers)
      locked[field.key] = displayValue(answers[field.key], identity, context.language, field.type);
  return { answers, locked, note };
}

/** The identified person's keyed hash for the submission: the POST step's sender must be them. */
export function identifiedPersonIdHash(context: TFormContext): string | undefined {
  const code =
    context.form.identification === "none" ? undefined : context.identified?.identity.henkilotunnus;
  return code ? henkilotunnusHash(code) : undefined;
}

/** The identified person's draft follows them: their "forms in progress" finds it on any device. */
export async function claimDraftForIdentifiedPerson(context: TFormContext, draftId: string): Promise<void> {
  const hash = identifiedPersonIdHash(context);
  if (hash) await claimDraftForPerson(draftId, hash);
}
