// Names of Suomi.fi Identification shared by the sandbox IdP and Lomake's service provider: SAML namespaces,
// authentication context classes (identification.md §4), attribute names (§5) and metadata entity attributes
// (§3.1). Unconfirmed values the SP depends on can be overridden in configuration (lib/identification).
export const SAML_NS = {
  protocol: "urn:oasis:names:tc:SAML:2.0:protocol",
  assertion: "urn:oasis:names:tc:SAML:2.0:assertion",
  metadata: "urn:oasis:names:tc:SAML:2.0:metadata",
  dsig: "http://www.w3.org/2000/09/xmldsig#",
  entityAttributes: "urn:oasis:names:tc:SAML:metadata:attribute",
} as const;

export const NAME_ID_TRANSIENT = "urn:oasis:names:tc:SAML:2.0:nameid-format:transient";
export const ATTRIBUTE_NAME_FORMAT_URI = "urn:oasis:names:tc:SAML:2.0:attrname-format:uri";
export const BINDING_REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
export const BINDING_POST = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST";

export const STATUS = {
  success: "urn:oasis:names:tc:SAML:2.0:status:Success",
  requester: "urn:oasis:names:tc:SAML:2.0:status:Requester",
  responder: "urn:oasis:names:tc:SAML:2.0:status:Responder",
  authnFailed: "urn:oasis:names:tc:SAML:2.0:status:AuthnFailed",
  requestDenied: "urn:oasis:names:tc:SAML:2.0:status:RequestDenied",
  noAuthnContext: "urn:oasis:names:tc:SAML:2.0:status:NoAuthnContext",
} as const;

export const AUTHN_CONTEXT = {
  substantial: "http://ftn.ficora.fi/2017/loa2",
  high: "http://ftn.ficora.fi/2017/loa3",
  eidasSubstantial: "http://eidas.europa.eu/LoA/substantial",
  eidasHigh: "http://eidas.europa.eu/LoA/high",
  testMethod: "urn:oid:1.2.246.517.3002.110.999",
} as const;

/** Suomi.fi's attribute names (OIDs), keyed by what Lomake calls them. */
export const SUOMIFI_ATTRIBUTES = {
  henkilotunnus: { name: "urn:oid:1.2.246.21", friendlyName: "nationalIdentificationNumber" },
  commonName: { name: "urn:oid:2.5.4.3", friendlyName: "cn" },
  displayName: { name: "urn:oid:2.16.840.1.113730.3.1.241", friendlyName: "displayName" },
  callingName: { name: "urn:oid:2.5.4.42", friendlyName: "givenName" },
  surname: { name: "urn:oid:2.5.4.4", friendlyName: "sn" },
  firstNames: {
    name: "http://eidas.europa.eu/attributes/naturalperson/CurrentGivenName",
    friendlyName: "FirstName",
  },
  eidasSurname: {
    name: "http://eidas.europa.eu/attributes/naturalperson/CurrentFamilyName",
    friendlyName: "FamilyName",
  },
  eidasPersonIdentifier: {
    name: "http://eidas.europa.eu/attributes/naturalperson/PersonIdentifier",
    friendlyName: "PersonIdentifier",
  },
  dateOfBirth: {
    name: "http://eidas.europa.eu/attributes/naturalperson/DateOfBirth",
    friendlyName: "DateOfBirth",
  },
  email: { name: "urn:oid:0.9.2342.19200300.100.1.3", friendlyName: "mail" },
  municipalityCode: { name: "urn:oid:1.2.246.517.2002.2.18", friendlyName: "KotikuntaKuntanumero" },
  municipalityFi: { name: "urn:oid:1.2.246.517.2002.2.19", friendlyName: "KotikuntaKuntaS" },
  municipalitySv: { name: "urn:oid:1.2.246.517.2002.2.20", friendlyName: "KotikuntaKuntaR" },
  streetFi: { name: "urn:oid:1.2.246.517.2002.2.4", friendlyName: "VakinainenKotimainenLahiosoiteS" },
  streetSv: { name: "urn:oid:1.2.246.517.2002.2.5", friendlyName: "VakinainenKotimainenLahiosoiteR" },
  postalCode: {
    name: "urn:oid:1.2.246.517.2002.2.6",
    friendlyName: "VakinainenKotimainenLahiosoitePostinumero",
  },
  postOfficeFi: {
    name: "urn:oid:1.2.246.517.2002.2.7",
    friendlyName: "VakinainenKotimainenLahiosoitePostitoimipaikkaS",
  },
  postOfficeSv: {
    name: "urn:oid:1.2.246.517.2002.2.8",
    friendlyName: "VakinainenKotimainenLahiosoitePostitoimipaikkaR",
  },
  foreignStreet: { name: "urn:oid:1.2.246.517.2002.2.11", friendlyName: "VakinainenUlkomainenLahiosoite" },
  foreignLocality: {
    name: "urn:oid:1.2.246.517.2002.2.12",
    friendlyName: "VakinainenUlkomainenLahiosoitePaikkakuntaJaValtioS",
  },
  foreignCountryCode: {
    name: "urn:oid:1.2.246.517.2002.2.15",
    friendlyName: "VakinainenUlkomainenLahiosoiteValtiokoodi",
  },
  addressBlock: { name: "urn:oid:1.2.246.517.2002.2.27", friendlyName: "TurvakieltoTieto" },
  finnishCitizen: { name: "urn:oid:1.2.246.517.2002.2.26", friendlyName: "SuomenKansalaisuusTietokoodi" },
  vtjVerified: { name: "urn:oid:1.2.246.517.3002.111.2", friendlyName: "vtjVerified" },
} as const;

export type TSuomifiAttributeKey = keyof typeof SUOMIFI_ATTRIBUTES;

/** Entity attributes of SP metadata (identification.md §3.1). */
export const ENTITY_ATTRIBUTE = {
  finnishAuthMethod: "FinnishAuthMethod",
  vtjVerificationRequired: "urn:oid:1.2.246.517.3003.111.3",
  skipEndpointValidationWhenSigned: "urn:oid:1.2.246.517.3003.111.4",
  eidasSupport: "urn:oid:1.2.246.517.3003.111.14",
} as const;

export const IDP_PATHS = {
  metadata: "/static/metadata/idp-metadata.xml",
  ssoRedirect: "/idp/profile/SAML2/Redirect/SSO",
  ssoPost: "/idp/profile/SAML2/POST/SSO",
  sloRedirect: "/idp/profile/SAML2/Redirect/SLO",
  sloPost: "/idp/profile/SAML2/POST/SLO",
} as const;

export const idpEntityId = (publicUrl: string) => `${publicUrl}/idp1`;
