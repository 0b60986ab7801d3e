import "server-only";
import { now } from "@/lib/clock";
import { decryptString, encryptString } from "@/lib/crypto/encrypt-value";
import { SUOMIFI_CONNECTION_PASSWORD_CONTEXT } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { recordSuomifiCall } from "@/lib/suomifi/connections/record-external-call";
import type { TPasswordStore } from "@/lib/suomifi/rotate-password";
import { createSuomifiRestClient, type TSuomifiRestClient } from "@/lib/suomifi/rest-client";

/** Associated data of every encrypted Suomi.fi password: a ciphertext cannot be moved to another column. */
export const CONNECTION_PASSWORD_CONTEXT = SUOMIFI_CONNECTION_PASSWORD_CONTEXT;

type TConnectionRow = {
  id: string;
  organizationId: string;
  restBaseUrl: string;
  username: string;
  passwordEncrypted: string;
};

/** A REST client for an organisation's stored connection; every call is recorded in ExternalCall. */
export function createClientForConnection(connection: TConnectionRow): TSuomifiRestClient {
  return createSuomifiRestClient({
    baseUrl: connection.restBaseUrl,
    username: connection.username,
    // Read at call time, so a rotated password is used at once.
    getPassword: async () => {
      const row = await getPrisma().suomifiConnection.findUniqueOrThrow({ where: { id: connection.id } });
      return decryptString(row.passwordEncrypted, { associatedData: CONNECTION_PASSWORD_CONTEXT });
    },
    timeoutMs: getEnv().SUOMIFI_REST_TIMEOUT_MS,
    onCall: recordSuomifiCall(connection.organizationId),
    logger,
    now,
  });
}

/** The stored password, encrypted at rest, with a pending slot for safe rotation. */
export function createConnectionPasswordStore(connectionId: string): TPasswordStore {
  const prisma = getPrisma();
  const load = () => prisma.suomifiConnection.findUniqueOrThrow({ where: { id: connectionId } });
  return {
    getCurrent: async () =>
      decryptString((await load()).passwordEncrypted, { associatedData: CONNECTION_PASSWORD_CONTEXT }),
    getPending: async () => {
      const pending = (await load()).pendingPasswordEncrypted;
      return pending ? decryptString(pending, { associatedData: CONNECTION_PASSWORD_CONTEXT }) : null;
    },
    setPending: async (password) => {
      await prisma.suomifiConnection.update({
        where: { id: connectionId },
        data: {
          pendingPasswordEncrypted: encryptString(password, { associatedData: CONNECTION_PASSWORD_CONTEXT }),
        },
      });
    },
    promotePending: async () => {
      await prisma.$transaction(async (tx) => {
        const row = await tx.suomifiConnection.findUniqueOrThrow({ where: { id: connectionId } });
        if (!row.pendingPasswordEncrypted) return;
        await tx.suomifiConnection.update({
          where: { id: connectionId },
          data: {
            passwordEncrypted: row.pendingPasswordEncrypted,
            pendingPasswordEncrypted: null,
            passwordChangedAt: now(),
          },
        });
      });
    },
  };
}
