// Starts a login from a form: a signed AuthnRequest in the Redirect binding with the organisation's level of
// assurance, `locale` as the last query parameter (Suomi.fi's rule), and an attempt bound to this browser by a
// cookie nonce, so a Response can only complete the login in the browser that asked for it.
import "server-only";

import { randomBytes } from "node:crypto";
import { now } from "@/lib/clock";
import { hashToken, randomToken } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";
import type { TLanguage } from "@/lib/forms/localized-text";
import { createServiceProvider } from "./service-provider";
import { REQUEST_ID_TTL_MS } from "./saml-request-store";

export const ATTEMPT_COOKIE = "lomake_identification_attempt";

export type TStartIdentification = {
  organization: { id: string; identificationLevel: "substantial" | "high"; isEidasAllowed: boolean };
  /** A local path (/f/...): checked by the caller. */
  returnPath: string;
  language: TLanguage;
};

export async function startIdentification(
  input: TStartIdentification,
): Promise<{ redirectUrl: string; attemptCookie: string }> {
  const provider = await createServiceProvider(input.organization);
  const attemptId = crypto.randomUUID();
  const nonce = randomToken(24);
  const requestId = `_${randomBytes(20).toString("hex")}`;
  provider.saml.options.generateUniqueId = () => requestId;
  const url = await provider.saml.getAuthorizeUrlAsync(attemptId, undefined, {});
  await getPrisma().identificationAttempt.create({
    data: {
      id: attemptId,
      organizationId: input.organization.id,
      browserNonceHash: hashToken(nonce),
      returnPath: input.returnPath,
      language: input.language,
      requestId,
      expiresAt: new Date(now().getTime() + REQUEST_ID_TTL_MS),
    },
  });
  return { redirectUrl: `${url}&locale=${input.language}`, attemptCookie: nonce };
}
