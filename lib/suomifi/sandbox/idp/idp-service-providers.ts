// Registered service providers of the sandbox IdP: their SAML metadata, as Suomi.fi service management keeps
// it. Only AuthnRequests from a registered entity, signed with its registered key, are served.
import { DOMParser } from "@xmldom/xmldom";
import * as xpath from "xpath";
import { BINDING_POST, BINDING_REDIRECT, ENTITY_ATTRIBUTE, SAML_NS } from "../../saml-constants";
import type { TSandboxContext } from "../sandbox-context";

export type TRegisteredServiceProvider = {
  entityId: string;
  acsUrl: string;
  sloRedirectUrl?: string;
  signingCertificates: string[];
  encryptionCertificate: string;
  finnishAuthMethods: string[];
  isEidasSupported: boolean;
  isVtjVerificationRequired: boolean;
};

const select = xpath.useNamespaces({
  md: SAML_NS.metadata,
  ds: SAML_NS.dsig,
  mdattr: SAML_NS.entityAttributes,
  saml: SAML_NS.assertion,
});

function texts(node: Node, expression: string): string[] {
  return (select(expression, node) as Node[])
    .map((found) => (found.textContent ?? "").trim())
    .filter(Boolean);
}

export class MetadataError extends Error {}

export function parseServiceProviderMetadata(xml: string): TRegisteredServiceProvider {
  const document = new DOMParser().parseFromString(xml, "text/xml");
  const entity = select("/md:EntityDescriptor", document, true) as Element | undefined;
  const entityId = entity?.getAttribute("entityID");
  if (!entity || !entityId)
    throw new MetadataError("Not SAML metadata: no md:EntityDescriptor with an entityID");
  const descriptor = select("md:SPSSODescriptor", entity, true) as Element | undefined;
  if (!descriptor) throw new MetadataError("No md:SPSSODescriptor");
  const certificates = (use: string) =>
    texts(
      descriptor,
      `md:KeyDescriptor[@use='${use}' or not(@use)]/ds:KeyInfo/ds:X509Data/ds:X509Certificate`,
    );
  const acsUrl = texts(descriptor, `md:AssertionConsumerService[@Binding='${BINDING_POST}']/@Location`)[0];
  if (!acsUrl) throw new MetadataError("No AssertionConsumerService with the HTTP-POST binding");
  const signingCertificates = certificates("signing");
  if (signingCertificates.length === 0) throw new MetadataError("No signing certificate");
  const encryptionCertificate = certificates("encryption")[0];
  if (!encryptionCertificate) throw new MetadataError("No encryption certificate");
  const attribute = (name: string) =>
    texts(
      entity,
      `md:Extensions/mdattr:EntityAttributes/saml:Attribute[@Name='${name}']/saml:AttributeValue`,
    );
  return {
    entityId,
    acsUrl,
    sloRedirectUrl: texts(descriptor, `md:SingleLogoutService[@Binding='${BINDING_REDIRECT}']/@Location`)[0],
    signingCertificates,
    encryptionCertificate,
    finnishAuthMethods: attribute(ENTITY_ATTRIBUTE.finnishAuthMethod),
    isEidasSupported: attribute(ENTITY_ATTRIBUTE.eidasSupport)[0] === "full",
    isVtjVerificationRequired: attribute(ENTITY_ATTRIBUTE.vtjVerificationRequired)[0] === "true",
  };
}

export async function registerServiceProvider(
  context: TSandboxContext,
  metadata: string,
): Promise<TRegisteredServiceProvider> {
  const parsed = parseServiceProviderMetadata(metadata);
  await context.pool.query(
    `INSERT INTO suomifi_sandbox.idp_service_providers (entity_id, metadata) VALUES ($1, $2)
     ON CONFLICT (entity_id) DO UPDATE SET metadata = excluded.metadata, registered_at = now()`,
    [parsed.entityId, metadata],
  );
  return parsed;
}

export async function findServiceProvider(
  context: TSandboxContext,
  entityId: string,
): Promise<TRegisteredServiceProvider | undefined> {
  const { rows } = await context.pool.query<{ metadata: string }>(
    "SELECT metadata FROM suomifi_sandbox.idp_service_providers WHERE entity_id = $1",
    [entityId],
  );
  return rows[0] ? parseServiceProviderMetadata(rows[0].metadata) : undefined;
}

export function toPem(certificateBody: string): string {
  const lines = certificateBody.replace(/\s+/g, "").match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----\n`;
}
