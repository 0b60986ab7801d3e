// The identified person's Lomake session: created in the browser that started the login (the attempt cookie's
// nonce must match), short-lived, found by the hash of a random cookie token and scoped to one organisation.
import "server-only";

import { now } from "@/lib/clock";
import { decryptJson, encryptJson } from "@/lib/crypto/encrypt-value";
import { identificationAttemptContext, identificationSessionContext } from "@/lib/crypto/encryption-contexts";
import { hashToken, keyedHash, randomToken, timingSafeEqualString } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";
import { henkilotunnusHash } from "@/lib/security/person-id-hashes";
import { getIdentificationConfig } from "./identification-config";
import { IdentificationRefusedError } from "./identification-refusal";
import { ZIdentity, type TIdentity } from "./identity";

export const SESSION_COOKIE = "lomake_identification";

export const nameIdHash = (nameId: string) => keyedHash(`saml-name-id\u0000${nameId}`, { purpose: "text" });

export async function completeIdentification(
  attemptId: string,
  browserNonce: string | undefined,
): Promise<{ sessionToken: string; returnPath: string; maxAgeSeconds: number }> {
  const attempt = /^[0-9a-f-]{36}$/.test(attemptId)
    ? await getPrisma().identificationAttempt.findUnique({ where: { id: attemptId } })
    : null;
  if (!attempt?.identityEncrypted) throw new IdentificationRefusedError("unsolicited");
  const context = { language: attempt.language, returnPath: attempt.returnPath };
  if (!browserNonce || !timingSafeEqualString(hashToken(browserNonce), attempt.browserNonceHash))
    throw new IdentificationRefusedError("browser-mismatch", context);
  if (attempt.expiresAt <= now()) throw new IdentificationRefusedError("attempt-expired", context);
  const identity = decryptJson(attempt.identityEncrypted, {
    associatedData: identificationAttemptContext(attempt.id),
    schema: ZIdentity,
  });
  const minutes = getIdentificationConfig()?.sessionMinutes ?? 30;
  const sessionToken = randomToken(32);
  const id = crypto.randomUUID();
  await getPrisma().$transaction(async (transaction) => {
    const consumed = await transaction.identificationAttempt.deleteMany({ where: { id: attempt.id } });
    if (consumed.count !== 1) throw new IdentificationRefusedError("unsolicited", context);
    await transaction.identificationSession.create({
      data: {
        id,
        tokenHash: hashToken(sessionToken),
        organizationId: attempt.organizationId,
        personIdHash: identity.henkilotunnus ? henkilotunnusHash(identity.henkilotunnus) : null,
        identityEncrypted: encryptJson(identity, { associatedData: identificationSessionContext(id) }),
        nameIdHash: nameIdHash(identity.nameId),
        sessionIndex: identity.sessionIndex ?? null,
        expiresAt: new Date(now().getTime() + minutes * 60_000),
      },
    });
  });
  return { sessionToken, returnPath: attempt.returnPath, maxAgeSeconds: minutes * 60 };
}

export type TIdentifiedPerson = {
  sessionId: string;
  organizationId: string;
  identity: TIdentity;
  expiresAt: Date;
};

export async function findIdentifiedPerson(
  sessionToken: string | undefined,
  organizationId: string,
): Promise<TIdentifiedPerson | null> {
  if (!sessionToken) return null;
  const session = await getPrisma().identificationSession.findUnique({
    where: { tokenHash: hashToken(sessionToken) },
  });
  if (!session || session.organizationId !== organizationId || session.expiresAt <= now()) return null;
  return {
    sessionId: session.id,
    organizationId: session.organizationId,
    identity: decryptJson(session.identityEncrypted, {
      associatedData: identificationSessionContext(session.id),
      schema: ZIdentity,
    }),
    expiresAt: session.expiresAt,
  };
}

/** Ends the session of this browser; returns its identity for the LogoutRequest to Suomi.fi. */
export async function endIdentificationSession(
  sessionToken: string | undefined,
): Promise<TIdentified | null> {
  if (!sessionToken) return null;
  const session = await getPrisma().identificationSession.findUnique({
    where: { tokenHash: hashToken(sessionToken) },
  });
  if (!session) return null;
  await getPrisma().identificationSession.deleteMany({ where: { id: session.id } });
  return {
    organizationId: session.organizationId,
    identity: decryptJson(session.identityEncrypted, {
      associatedData: identificationSessionContext(session.id),
      schema: ZIdentity,
    }),
  };
}

type TIdentified = { organizationId: string; identity: TIdentity };

/** IdP-initiated logout: no cookie reaches the iframe, so the session is found by NameID and SessionIndex. */
export async function endSessionsByNameId(nameId: string, sessionIndex: string | undefined): Promise<number> {
  const deleted = await getPrisma().identificationSession.deleteMany({
    where: { nameIdHash: nameIdHash(nameId), ...(sessionIndex ? { sessionIndex } : {}) },
  });
  return deleted.count;
}
