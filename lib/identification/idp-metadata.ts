// The IdP's SAML metadata, read from its published address (never from a table of our own): entityID, the
// SSO and SLO endpoints of the Redirect binding, and every signing certificate, so that Suomi.fi's rotation
// (current and next certificate side by side) causes no outage. Cached for an hour; a failed refresh keeps the
// last good copy.
import "server-only";

import { DOMParser } from "@xmldom/xmldom";
import * as xpath from "xpath";
import { BINDING_REDIRECT, SAML_NS } from "@/lib/suomifi/saml-constants";

export type TIdpMetadata = {
  entityId: string;
  ssoRedirectUrl: string;
  sloRedirectUrl: string;
  signingCertificates: string[];
};

const select = xpath.useNamespaces({ md: SAML_NS.metadata, ds: SAML_NS.dsig });
const TTL_MS = 60 * 60 * 1000;
const TIMEOUT_MS = 10_000;

export class IdpMetadataError extends Error {}

export function parseIdpMetadata(xml: string): TIdpMetadata {
  const document = new DOMParser().parseFromString(xml, "text/xml");
  const entity = select("/md:EntityDescriptor", document, true) as Element | undefined;
  const descriptor = entity
    ? (select("md:IDPSSODescriptor", entity, true) as Element | undefined)
    : undefined;
  if (!entity || !descriptor) throw new IdpMetadataError("The IdP metadata has no md:IDPSSODescriptor");
  const attribute = (expression: string) =>
    (select(`string(${expression})`, descriptor, true) as string).trim();
  const signingCertificates = (
    select(
      "md:KeyDescriptor[@use='signing' or not(@use)]/ds:KeyInfo/ds:X509Data/ds:X509Certificate",
      descriptor,
    ) as Node[]
  )
    .map((node) => (node.textContent ?? "").replace(/\s+/g, ""))
    .filter(Boolean);
  const metadata = {
    entityId: entity.getAttribute("entityID") ?? "",
    ssoRedirectUrl: attribute(`md:SingleSignOnService[@Binding='${BINDING_REDIRECT}']/@Location`),
    sloRedirectUrl: attribute(`md:SingleLogoutService[@Binding='${BINDING_REDIRECT}']/@Location`),
    signingCertificates,
  };
  if (
    !metadata.entityId ||
    !metadata.ssoRedirectUrl ||
    !metadata.sloRedirectUrl ||
    signingCertificates.length === 0
  )
    throw new IdpMetadataError(
      "The IdP metadata lacks an entityID, Redirect SSO/SLO endpoints or signing certificates",
    );
  return metadata;
}

const cache = new Map<string, { metadata: TIdpMetadata; fetchedAt: number }>();

export async function getIdpMetadata(
  url: string,
  options: { isFresh?: boolean } = {},
): Promise<TIdpMetadata> {
  const cached = cache.get(url);
  if (cached && !options.isFresh && Date.now() - cached.fetchedAt < TTL_MS) return cached.metadata;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: "error" });
    if (!response.ok) throw new IdpMetadataError(`The IdP metadata answered HTTP ${response.status}`);
    const metadata = parseIdpMetadata(await response.text());
    cache.set(url, { metadata, fetchedAt: Date.now() });
    return metadata;
  } catch (error) {
    if (cached) return cached.metadata;
    throw error;
  }
}

/** Tests rotate the IdP's certificates and call this. */
export function clearIdpMetadataCache(): void {
  cache.clear();
}
