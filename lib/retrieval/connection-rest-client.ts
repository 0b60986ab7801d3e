// A REST client for a stored Suomi.fi connection: password decrypted at call time, every call in ExternalCall.
import "server-only";
import { now } from "@/lib/clock";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { getPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import type { TSuomifiCallRecord } from "@/lib/suomifi/call-record";
import { createSuomifiRestClient, type TSuomifiRestClient } from "@/lib/suomifi/rest-client";
import type { TSuomifiRestConfig } from "@/lib/suomifi/rest-transport";

export type TConnectionRow = {
  id: string;
  organizationId: string;
  restBaseUrl: string;
  username: string;
};

/** Tests shorten the retry delays; nothing else may be overridden. */
export type TClientOverrides = Pick<TSuomifiRestConfig, "retry">;

async function recordCall(organizationId: string, record: TSuomifiCallRecord): Promise<void> {
  try {
    await getPrisma().externalCall.create({
      data: {
        organizationId,
        system: "suomifi",
        endpoint: record.endpoint,
        method: record.method,
        status: record.status ?? null,
        outcome: record.outcome,
        durationMs: Math.round(record.durationMs),
        attempt: record.attempt,
        traceId: record.traceId ?? null,
        errorCode: record.errorCode ?? null,
        createdAt: now(),
      },
    });
  } catch (error) {
    logger.error({ err: error }, "recording a Suomi.fi call failed");
  }
}

export function createConnectionRestClient(
  connection: TConnectionRow,
  overrides: TClientOverrides = {},
): TSuomifiRestClient {
  return createSuomifiRestClient({
    baseUrl: connection.restBaseUrl,
    username: connection.username,
    getPassword: async () => {
      const row = await getPrisma().suomifiConnection.findUniqueOrThrow({ where: { id: connection.id } });
      return decryptString(row.passwordEncrypted, { associatedData: "suomifi-connection" });
    },
    timeoutMs: getEnv().SUOMIFI_REST_TIMEOUT_MS,
    onCall: (record) => recordCall(connection.organizationId, record),
    logger,
    now,
    ...overrides,
  });
}
