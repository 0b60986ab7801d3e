// The assertion consumer: validates the IdP's Response for the attempt named by RelayState and keeps the
// identity (encrypted) on the attempt until the browser that started it completes the login. node-saml checks
// the signature (either IdP certificate), decryption, issuer, audience, time conditions and InResponseTo; this
// module adds what it does not: the assertion must have been encrypted, Destination and Recipient must be our
// ACS, the InResponseTo must be this attempt's own request, the level of assurance must be one we asked for.
import "server-only";

import { SamlStatusError } from "@node-saml/node-saml";
import { DOMParser } from "@xmldom/xmldom";
import * as xpath from "xpath";
import { now } from "@/lib/clock";
import { encryptJson } from "@/lib/crypto/encrypt-value";
import { identificationAttemptContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import { logger } from "@/lib/log/logger";
import { SAML_NS, STATUS } from "@/lib/suomifi/saml-constants";
import { requestedAuthnContexts } from "./identification-config";
import {
  IdentificationRefusedError,
  refusalFromSamlError,
  type TIdentificationRefusal,
} from "./identification-refusal";
import { identityFromProfile, IdentityError } from "./identity";
import { createServiceProvider } from "./service-provider";

const select = xpath.useNamespaces({ samlp: SAML_NS.protocol, saml: SAML_NS.assertion });
const MAX_RESPONSE_BYTES = 256 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function parse(xml: string): Document | undefined {
  try {
    const document = new DOMParser({ errorHandler: () => undefined }).parseFromString(xml, "text/xml");
    return document.documentElement ? document : undefined;
  } catch {
    return undefined;
  }
}

function refuse(reason: TIdentificationRefusal, attempt?: { language: string; returnPath: string }): never {
  throw new IdentificationRefusedError(reason, attempt ?? {});
}

export async function receiveAssertion(input: {
  samlResponse: string;
  relayState: string;
}): Promise<{ attemptId: string }> {
  const attempt = UUID.test(input.relayState)
    ? await getPrisma().identificationAttempt.findUnique({
        where: { id: input.relayState },
      })
    : null;
  if (!attempt || attempt.identityEncrypted) refuse("unsolicited");
  const context = { language: attempt.language, returnPath: attempt.returnPath };
  if (attempt.expiresAt <= now()) refuse("attempt-expired", context);
  if (input.samlResponse.length > MAX_RESPONSE_BYTES) refuse("malformed", context);
  const responseXml = Buffer.from(input.samlResponse, "base64").toString("utf8");
  const document = parse(responseXml);
  const root = document ? (select("/samlp:Response", document, true) as Element | undefined) : undefined;
  if (!root) refuse("malformed", context);
  const organization = await getPrisma().organization.findUniqueOrThrow({
    where: { id: attempt.organizationId },
    select: { identificationLevel: true, isEidasAllowed: true },
  });
  const provider = await createServiceProvider(organization);
  const statusCode = (select("string(samlp:Status/samlp:StatusCode/@Value)", root, true) as string).trim();
  if (statusCode === STATUS.success) {
    // Suomi.fi encrypts every assertion; a plaintext one was not made for us.
    if ((select("saml:Assertion", root) as Node[]).length > 0) refuse("not-encrypted", context);
    if ((select("saml:EncryptedAssertion", root) as Node[]).length !== 1) refuse("not-encrypted", context);
  }
  const destination = root.getAttribute("Destination");
  if (destination && destination !== provider.config.acsUrl) refuse("recipient", context);
  let result;
  try {
    result = await provider.saml.validatePostResponseAsync({ SAMLResponse: input.samlResponse });
  } catch (error) {
    if (error instanceof SamlStatusError) {
      const subCode = (
        select("string(samlp:Status/samlp:StatusCode/samlp:StatusCode/@Value)", root, true) as string
      ).trim();
      refuse(
        subCode === STATUS.authnFailed || subCode === STATUS.requestDenied ? "cancelled" : "failed",
        context,
      );
    }
    refuse(refusalFromSamlError(error instanceof Error ? error.message : ""), context);
  }
  const profile = result.profile;
  if (!profile) refuse("malformed", context);
  if (provider.store.consumedRequestId !== attempt.requestId) refuse("in-response-to", context);
  const assertion = parse(profile.getAssertionXml?.() ?? "");
  const recipients = assertion
    ? (select("//saml:SubjectConfirmation/saml:SubjectConfirmationData/@Recipient", assertion) as Attr[]).map(
        (node) => node.value,
      )
    : [];
  if (recipients.length === 0 || recipients.some((recipient) => recipient !== provider.config.acsUrl))
    refuse("recipient", context);
  const authnContext = assertion
    ? (
        select(
          "string(//saml:AuthnStatement/saml:AuthnContext/saml:AuthnContextClassRef)",
          assertion,
          true,
        ) as string
      ).trim()
    : "";
  if (!requestedAuthnContexts(provider.config, organization).includes(authnContext))
    refuse("authn-context", context);
  let identity;
  try {
    identity = identityFromProfile(profile, provider.config, authnContext);
  } catch (error) {
    refuse(error instanceof IdentityError ? error.reason : "malformed", context);
  }
  const updated = await getPrisma().identificationAttempt.updateMany({
    where: { id: attempt.id, identityEncrypted: null },
    data: {
      identityEncrypted: encryptJson(identity, { associatedData: identificationAttemptContext(attempt.id) }),
    },
  });
  if (updated.count !== 1) refuse("unsolicited", context);
  logger.info({ authnContext }, "identification: assertion accepted");
  return { attemptId: attempt.id };
}
