// The IdP's answer to an AuthnRequest: a Response whose Assertion is signed (XML-DSig, RSA-SHA256, exclusive
// C14N, by xml-crypto) and then encrypted to the SP's encryption certificate (xml-encryption), as Suomi.fi
// sends it. Faults let tests and the control API send the broken responses an SP must refuse.
import { randomBytes } from "node:crypto";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { FinnishSSN } from "finnish-ssn";
import { SignedXml } from "xml-crypto";
import { encrypt } from "xml-encryption";
import {
  ATTRIBUTE_NAME_FORMAT_URI,
  NAME_ID_TRANSIENT,
  SAML_NS,
  STATUS,
  SUOMIFI_ATTRIBUTES,
  type TSuomifiAttributeKey,
} from "../../saml-constants";
import { escapeHtml as escapeXml } from "../html";
import type { TIdpKey } from "./idp-keys";
import type { TIdpPerson } from "./idp-persons";
import { toPem } from "./idp-service-providers";

export const ASSERTION_FAULTS = [
  "unsigned",
  "tampered",
  "wrapped",
  "wrong-audience",
  "wrong-recipient",
  "expired",
  "unsolicited",
  "foreign-key",
  "plaintext",
] as const;
export type TAssertionFault = (typeof ASSERTION_FAULTS)[number];

export type TSamlResponseInput = {
  issuer: string;
  destination: string;
  audience: string;
  inResponseTo: string;
  encryptionCertificate: string;
  signingKey: TIdpKey;
  now: Date;
  status?: { code: string; subCode?: string; message?: string };
  authentication?: {
    person: TIdpPerson;
    nameId: string;
    sessionIndex: string;
    authnContext: string;
  };
  fault?: TAssertionFault;
  /** Another key pair, for the "foreign-key" fault (signed by a key the metadata does not list). */
  foreignKey?: TIdpKey;
};

const VALIDITY_MS = 5 * 60 * 1000;

export const newSamlId = () => `_${randomBytes(20).toString("hex")}`;

function attributeValues(person: TIdpPerson): [TSuomifiAttributeKey, string][] {
  const values: [TSuomifiAttributeKey, string | undefined][] = [
    ["henkilotunnus", person.henkilotunnus],
    ["commonName", `${person.surname} ${person.firstNames}`],
    ["displayName", `${person.callingName} ${person.surname}`],
    ["callingName", person.callingName],
    ["surname", person.surname],
    ["firstNames", person.firstNames],
    ["eidasSurname", person.surname],
    ["dateOfBirth", FinnishSSN.parse(person.henkilotunnus).dateOfBirth.toISOString().slice(0, 10)],
    ["email", person.email],
    ["municipalityCode", person.municipalityCode],
    ["municipalityFi", person.municipalityFi],
    ["municipalitySv", person.municipalitySv],
    ["finnishCitizen", person.isFinnishCitizen ? "1" : undefined],
    ["vtjVerified", "true"],
  ];
  if (person.hasAddressBlock) values.push(["addressBlock", "1"]);
  else {
    values.push(
      ["streetFi", person.address?.streetFi],
      ["streetSv", person.address?.streetSv],
      ["postalCode", person.address?.postalCode],
      ["postOfficeFi", person.address?.postOfficeFi],
      ["postOfficeSv", person.address?.postOfficeSv],
      ["foreignStreet", person.foreignAddress?.street],
      ["foreignLocality", person.foreignAddress?.locality],
      ["foreignCountryCode", person.foreignAddress?.countryCode],
    );
  }
  return values.filter((entry): entry is [TSuomifiAttributeKey, string] => entry[1] !== undefined);
}

function assertionXml(input: TSamlResponseInput, id: string, personOverride?: TIdpPerson): string {
  const authentication = input.authentication!;
  const person = personOverride ?? authentication.person;
  const issued = input.fault === "expired" ? new Date(input.now.getTime() - 2 * VALIDITY_MS) : input.now;
  const notOnOrAfter = new Date(issued.getTime() + VALIDITY_MS).toISOString();
  const notBefore = new Date(issued.getTime() - 60_000).toISOString();
  const audience = input.fault === "wrong-audience" ? "https://evil.example/saml/metadata" : input.audience;
  const recipient = input.fault === "wrong-recipient" ? "https://evil.example/saml/acs" : input.destination;
  const inResponseTo =
    input.fault === "unsolicited" ? "" : ` InResponseTo="${escapeXml(input.inResponseTo)}"`;
  const attributes = attributeValues(person)
    .map(([key, value]) => {
      const { name, friendlyName } = SUOMIFI_ATTRIBUTES[key];
      return `<saml2:Attribute FriendlyName="${friendlyName}" Name="${name}" NameFormat="${ATTRIBUTE_NAME_FORMAT_URI}"><saml2:AttributeValue>${escapeXml(value)}</saml2:AttributeValue></saml2:Attribute>`;
    })
    .join("");
  return `<saml2:Assertion xmlns:saml2="${SAML_NS.assertion}" ID="${id}" IssueInstant="${issued.toISOString()}" Version="2.0"><saml2:Issuer>${escapeXml(input.issuer)}</saml2:Issuer><saml2:Subject><saml2:NameID Format="${NAME_ID_TRANSIENT}" NameQualifier="${escapeXml(input.issuer)}" SPNameQualifier="${escapeXml(input.audience)}">${escapeXml(authentication.nameId)}</saml2:NameID><saml2:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml2:SubjectConfirmationData${inResponseTo} NotOnOrAfter="${notOnOrAfter}" Recipient="${escapeXml(recipient)}"/></saml2:SubjectConfirmation></saml2:Subject><saml2:Conditions NotBefore="${notBefore}" NotOnOrAfter="${notOnOrAfter}"><saml2:AudienceRestriction><saml2:Audience>${escapeXml(audience)}</saml2:Audience></saml2:AudienceRestriction></saml2:Conditions><saml2:AuthnStatement AuthnInstant="${issued.toISOString()}" SessionIndex="${escapeXml(authentication.sessionIndex)}"><saml2:AuthnContext><saml2:AuthnContextClassRef>${escapeXml(authentication.authnContext)}</saml2:AuthnContextClassRef></saml2:AuthnContext></saml2:AuthnStatement><saml2:AttributeStatement>${attributes}</saml2:AttributeStatement></saml2:Assertion>`;
}

function signAssertion(xml: string, key: TIdpKey): string {
  const signature = new SignedXml({
    privateKey: key.privateKey,
    publicCert: key.certificate,
    signatureAlgorithm: "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256",
    canonicalizationAlgorithm: "http://www.w3.org/2001/10/xml-exc-c14n#",
  });
  signature.addReference({
    xpath: "/*[local-name(.)='Assertion']",
    transforms: [
      "http://www.w3.org/2000/09/xmldsig#enveloped-signature",
      "http://www.w3.org/2001/10/xml-exc-c14n#",
    ],
    digestAlgorithm: "http://www.w3.org/2001/04/xmlenc#sha256",
  });
  signature.computeSignature(xml, {
    prefix: "ds",
    location: { reference: "/*[local-name(.)='Assertion']/*[local-name(.)='Issuer']", action: "after" },
  });
  return signature.getSignedXml();
}

/** XSW: an unsigned assertion about someone else carries the genuine signed one inside its Advice. */
function wrapAssertion(signed: string, input: TSamlResponseInput): string {
  const parser = new DOMParser();
  const genuine = parser.parseFromString(signed, "text/xml").documentElement!;
  const evilPerson: TIdpPerson = {
    ...input.authentication!.person,
    henkilotunnus: "010469-999W",
    surname: "Kivi",
    firstNames: "Joni Kristian",
    callingName: "Joni",
  };
  const evil = parser.parseFromString(
    assertionXml(input, newSamlId(), evilPerson),
    "text/xml",
  ).documentElement!;
  const signatureNode = genuine.getElementsByTagNameNS(SAML_NS.dsig, "Signature")[0]!;
  const issuer = evil.getElementsByTagNameNS(SAML_NS.assertion, "Issuer")[0]!;
  evil.insertBefore(signatureNode.cloneNode(true), issuer.nextSibling);
  const advice = evil.ownerDocument!.createElementNS(SAML_NS.assertion, "saml2:Advice");
  advice.appendChild(genuine.cloneNode(true));
  const conditions = evil.getElementsByTagNameNS(SAML_NS.assertion, "Conditions")[0]!;
  evil.insertBefore(advice, conditions.nextSibling);
  return new XMLSerializer().serializeToString(evil);
}

function encryptTo(xml: string, certificateBody: string): Promise<string> {
  const pem = toPem(certificateBody);
  return new Promise((resolve, reject) =>
    encrypt(
      xml,
      {
        rsa_pub: pem,
        pem,
        encryptionAlgorithm: "http://www.w3.org/2009/xmlenc11#aes256-gcm",
        keyEncryptionAlgorithm: "http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p",
        disallowEncryptionWithInsecureAlgorithm: true,
        warnInsecureAlgorithm: false,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    ),
  );
}

async function protectedAssertion(input: TSamlResponseInput): Promise<string> {
  const id = newSamlId();
  const plain = assertionXml(input, id);
  let assertion: string;
  switch (input.fault) {
    case "unsigned":
      assertion = plain;
      break;
    case "foreign-key":
      assertion = signAssertion(plain, input.foreignKey ?? input.signingKey);
      break;
    case "tampered":
      // Signed for the chosen person, then the henkilötunnus is changed: the digest no longer matches.
      assertion = signAssertion(plain, input.signingKey).replace(
        input.authentication!.person.henkilotunnus,
        "010469-999W",
      );
      break;
    case "wrapped":
      assertion = wrapAssertion(signAssertion(plain, input.signingKey), input);
      break;
    default:
      assertion = signAssertion(plain, input.signingKey);
  }
  if (input.fault === "plaintext") return assertion;
  return `<saml2:EncryptedAssertion xmlns:saml2="${SAML_NS.assertion}">${await encryptTo(assertion, input.encryptionCertificate)}</saml2:EncryptedAssertion>`;
}

/** The base64 SAMLResponse to POST to the SP's ACS. */
export async function buildSamlResponse(input: TSamlResponseInput): Promise<string> {
  const status = input.status ?? { code: STATUS.success };
  const statusXml = `<saml2p:Status><saml2p:StatusCode Value="${status.code}">${status.subCode ? `<saml2p:StatusCode Value="${status.subCode}"/>` : ""}</saml2p:StatusCode>${status.message ? `<saml2p:StatusMessage>${escapeXml(status.message)}</saml2p:StatusMessage>` : ""}</saml2p:Status>`;
  const assertion =
    status.code === STATUS.success && input.authentication ? await protectedAssertion(input) : "";
  const destination = input.fault === "wrong-recipient" ? "https://evil.example/saml/acs" : input.destination;
  const inResponseTo =
    input.fault === "unsolicited" ? "" : ` InResponseTo="${escapeXml(input.inResponseTo)}"`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?><saml2p:Response xmlns:saml2p="${SAML_NS.protocol}" xmlns:saml2="${SAML_NS.assertion}" Destination="${escapeXml(destination)}" ID="${newSamlId()}"${inResponseTo} IssueInstant="${input.now.toISOString()}" Version="2.0"><saml2:Issuer>${escapeXml(input.issuer)}</saml2:Issuer>${statusXml}${assertion}</saml2p:Response>`;
  return Buffer.from(xml, "utf8").toString("base64");
}
