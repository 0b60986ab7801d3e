// Configuration of Suomi.fi Identification, all in one place: where the IdP's metadata is, Lomake's entity id
// and endpoints, which authentication methods an organisation requests, and the attribute names (OIDs), every
// unconfirmed value overridable from the environment (identification.md marks what is unconfirmed).
import "server-only";

import { z } from "zod";
import { getEnv } from "@/lib/env";
import {
  AUTHN_CONTEXT,
  IDP_PATHS,
  SUOMIFI_ATTRIBUTES,
  type TSuomifiAttributeKey,
} from "@/lib/suomifi/saml-constants";

export const SAML_PATHS = {
  metadata: "/saml/metadata",
  login: "/saml/login",
  acs: "/saml/acs",
  complete: "/saml/complete",
  logout: "/saml/logout",
  slo: "/saml/slo",
} as const;

const isOn = (value: string | undefined, fallback: boolean) =>
  value === undefined || value === "" ? fallback : ["1", "true", "yes"].includes(value);

export function appBaseUrl(): string {
  const env = getEnv();
  return (env.APP_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, "");
}

export type TIdentificationConfig = {
  idpMetadataUrl: string;
  idpEntityId?: string;
  spEntityId: string;
  acsUrl: string;
  sloUrl: string;
  includeTestMethod: boolean;
  isVtjVerificationRequired: boolean;
  sessionMinutes: number;
  attributes: Record<TSuomifiAttributeKey, string>;
};

const ZAttributeOverrides = z.record(z.string(), z.string().min(1));

/** Undefined when identification is not configured (production without an IdP metadata address). */
export function getIdentificationConfig(): TIdentificationConfig | undefined {
  const env = getEnv();
  const idpMetadataUrl =
    env.SUOMIFI_IDP_METADATA_URL ??
    (env.isProduction ? undefined : `${env.SUOMIFI_SANDBOX_URL.replace(/\/$/, "")}${IDP_PATHS.metadata}`);
  if (!idpMetadataUrl) return undefined;
  const base = appBaseUrl();
  const attributes = Object.fromEntries(
    Object.entries(SUOMIFI_ATTRIBUTES).map(([key, attribute]) => [key, attribute.name]),
  ) as Record<TSuomifiAttributeKey, string>;
  if (env.SUOMIFI_IDENTIFICATION_ATTRIBUTES) {
    const overrides = ZAttributeOverrides.parse(JSON.parse(env.SUOMIFI_IDENTIFICATION_ATTRIBUTES));
    for (const [key, name] of Object.entries(overrides)) {
      if (!(key in attributes))
        throw new Error(`SUOMIFI_IDENTIFICATION_ATTRIBUTES: unknown attribute key "${key}"`);
      attributes[key as TSuomifiAttributeKey] = name;
    }
  }
  return {
    idpMetadataUrl,
    idpEntityId: env.SUOMIFI_IDP_ENTITY_ID,
    spEntityId: env.SAML_SP_ENTITY_ID ?? `${base}${SAML_PATHS.metadata}`,
    acsUrl: `${base}${SAML_PATHS.acs}`,
    sloUrl: `${base}${SAML_PATHS.slo}`,
    includeTestMethod: isOn(env.SUOMIFI_IDENTIFICATION_TEST_METHOD, !env.isProduction),
    isVtjVerificationRequired: isOn(env.SUOMIFI_IDENTIFICATION_VTJ_REQUIRED, true),
    sessionMinutes: env.IDENTIFICATION_SESSION_MINUTES,
    attributes,
  };
}

export type TOrganizationIdentificationSettings = {
  identificationLevel: "substantial" | "high";
  isEidasAllowed: boolean;
};

/** The AuthnContextClassRefs an organisation requests (Comparison="exact" with a list). */
export function requestedAuthnContexts(
  config: TIdentificationConfig,
  organization: TOrganizationIdentificationSettings,
): string[] {
  const contexts: string[] =
    organization.identificationLevel === "high"
      ? [AUTHN_CONTEXT.high]
      : [AUTHN_CONTEXT.substantial, AUTHN_CONTEXT.high];
  if (organization.isEidasAllowed)
    contexts.push(
      ...(organization.identificationLevel === "high"
        ? [AUTHN_CONTEXT.eidasHigh]
        : [AUTHN_CONTEXT.eidasSubstantial, AUTHN_CONTEXT.eidasHigh]),
    );
  if (config.includeTestMethod) contexts.push(AUTHN_CONTEXT.testMethod);
  return contexts;
}

/** Every method any organisation may request: the SP metadata's FinnishAuthMethod list. */
export function allAuthnContexts(config: TIdentificationConfig): string[] {
  return [
    AUTHN_CONTEXT.substantial,
    AUTHN_CONTEXT.high,
    AUTHN_CONTEXT.eidasSubstantial,
    AUTHN_CONTEXT.eidasHigh,
    ...(config.includeTestMethod ? [AUTHN_CONTEXT.testMethod] : []),
  ];
}
