// Lomake as a SAML 2.0 service provider, on @node-saml/node-saml: signed AuthnRequests (RSA-SHA256, Redirect
// binding), assertions that must be signed by one of the IdP's metadata certificates and encrypted to ours,
// InResponseTo always checked against requests we sent, and the SP metadata to register in Suomi.fi service
// management (with the entity attributes Suomi.fi reads).
import "server-only";

import { SAML, ValidateInResponseTo } from "@node-saml/node-saml";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import {
  BINDING_POST,
  BINDING_REDIRECT,
  ENTITY_ATTRIBUTE,
  NAME_ID_TRANSIENT,
  SAML_NS,
} from "@/lib/suomifi/saml-constants";
import {
  allAuthnContexts,
  getIdentificationConfig,
  requestedAuthnContexts,
  type TIdentificationConfig,
  type TOrganizationIdentificationSettings,
} from "./identification-config";
import { getIdpMetadata, type TIdpMetadata } from "./idp-metadata";
import { REQUEST_ID_TTL_MS, SamlRequestStore } from "./saml-request-store";
import { getSpKeys } from "./sp-keys";

export class IdentificationUnavailableError extends Error {}

export type TServiceProvider = {
  saml: SAML;
  store: SamlRequestStore;
  config: TIdentificationConfig;
  idp: TIdpMetadata;
};

export async function createServiceProvider(
  organization: TOrganizationIdentificationSettings,
  options: { isFreshMetadata?: boolean } = {},
): Promise<TServiceProvider> {
  const config = getIdentificationConfig();
  if (!config) throw new IdentificationUnavailableError("Suomi.fi Identification is not configured");
  const [idp, keys] = await Promise.all([
    getIdpMetadata(config.idpMetadataUrl, { isFresh: options.isFreshMetadata }),
    getSpKeys(),
  ]);
  const store = new SamlRequestStore();
  const saml = new SAML({
    entryPoint: idp.ssoRedirectUrl,
    logoutUrl: idp.sloRedirectUrl,
    issuer: config.spEntityId,
    audience: config.spEntityId,
    callbackUrl: config.acsUrl,
    logoutCallbackUrl: config.sloUrl,
    idpIssuer: config.idpEntityId ?? idp.entityId,
    // Both of the IdP's signing certificates: its rotation must not break identification.
    idpCert: idp.signingCertificates,
    privateKey: keys.signing.privateKey,
    publicCert: keys.signing.certificate,
    decryptionPvk: keys.encryption.privateKey,
    signatureAlgorithm: "sha256",
    digestAlgorithm: "sha256",
    identifierFormat: NAME_ID_TRANSIENT,
    allowCreate: false,
    authnContext: requestedAuthnContexts(config, organization),
    racComparison: "exact",
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: REQUEST_ID_TTL_MS,
    cacheProvider: store,
    acceptedClockSkewMs: 30_000,
    maxAssertionAgeMs: 5 * 60 * 1000,
  });
  return { saml, store, config, idp };
}

/** SP metadata for Suomi.fi service management: keys, ACS, SLO in both bindings, entity attributes. */
export async function renderServiceProviderMetadata(): Promise<string> {
  const config = getIdentificationConfig();
  if (!config) throw new IdentificationUnavailableError("Suomi.fi Identification is not configured");
  const keys = await getSpKeys();
  const saml = new SAML({
    issuer: config.spEntityId,
    callbackUrl: config.acsUrl,
    logoutCallbackUrl: config.sloUrl,
    idpCert: "unused-for-metadata",
    privateKey: keys.signing.privateKey,
    publicCert: keys.signing.certificate,
    decryptionPvk: keys.encryption.privateKey,
    identifierFormat: NAME_ID_TRANSIENT,
    wantAssertionsSigned: true,
  });
  const xml = saml.generateServiceProviderMetadata(keys.encryption.certificate, keys.signing.certificate);
  const document = new DOMParser().parseFromString(xml, "text/xml");
  const entity = document.documentElement!;
  const descriptor = entity.getElementsByTagNameNS(SAML_NS.metadata, "SPSSODescriptor")[0]!;
  const create = (namespace: string, name: string, attributes: Record<string, string> = {}) => {
    const element = document.createElementNS(namespace, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    return element;
  };
  // Logout both ways: Redirect (Suomi.fi's front-channel iframe) and POST.
  for (const existing of Array.from(
    descriptor.getElementsByTagNameNS(SAML_NS.metadata, "SingleLogoutService"),
  ))
    descriptor.removeChild(existing);
  const nameIdFormat = descriptor.getElementsByTagNameNS(SAML_NS.metadata, "NameIDFormat")[0]!;
  for (const binding of [BINDING_REDIRECT, BINDING_POST])
    descriptor.insertBefore(
      create(SAML_NS.metadata, "SingleLogoutService", { Binding: binding, Location: config.sloUrl }),
      nameIdFormat,
    );
  const extensions = create(SAML_NS.metadata, "Extensions");
  const entityAttributes = create(SAML_NS.entityAttributes, "mdattr:EntityAttributes");
  const addAttribute = (name: string, values: string[], friendlyName?: string) => {
    const attribute = create(SAML_NS.assertion, "saml:Attribute", {
      Name: name,
      NameFormat: "urn:oasis:names:tc:SAML:2.0:attrname-format:uri",
      ...(friendlyName ? { FriendlyName: friendlyName } : {}),
    });
    for (const value of values) {
      const element = create(SAML_NS.assertion, "saml:AttributeValue");
      element.appendChild(document.createTextNode(value));
      attribute.appendChild(element);
    }
    entityAttributes.appendChild(attribute);
  };
  addAttribute(ENTITY_ATTRIBUTE.finnishAuthMethod, allAuthnContexts(config));
  addAttribute(
    ENTITY_ATTRIBUTE.vtjVerificationRequired,
    [String(config.isVtjVerificationRequired)],
    "VtjVerificationRequired",
  );
  addAttribute(
    ENTITY_ATTRIBUTE.skipEndpointValidationWhenSigned,
    ["false"],
    "SkipEndpointValidationWhenSigned",
  );
  addAttribute(ENTITY_ATTRIBUTE.eidasSupport, ["full"], "EidasSupport");
  extensions.appendChild(entityAttributes);
  entity.insertBefore(extensions, entity.firstChild);
  return new XMLSerializer().serializeToString(document);
}
