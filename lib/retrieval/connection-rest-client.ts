// A REST client for a stored Suomi.fi connection: password decrypted at call time, every call in ExternalCall.
import "server-only";
import { now } from "@/lib/clock";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { getPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { createSuomifiFetch } from "@/lib/http/outbound-policy";
import { logger } from "@/lib/log/logger";
import { recordSuomifiCall } from "@/lib/suomifi/connections/record-external-call";
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
    onCall: recordSuomifiCall(connection.organizationId),
    logger,
    now,
    fetch: createSuomifiFetch(),
    ...overrides,
  });
}
