// A REST client for a stored Suomi.fi connection: password decrypted at call time, every call in ExternalCall.
// One client per connection and process, so every job of a worker shares the connection's access token (renewed
// shortly before `expires_in`, and once on a 401) instead of logging in again for each job.
import "server-only";
import { now } from "@/lib/clock";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { getPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
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

type TSharedClient = { key: string; client: TSuomifiRestClient };

// On globalThis so that every bundled copy of this module shares one cache (as lib/clock does).
const CACHE_KEY = Symbol.for("lomake.connection-rest-clients");

function clientCache(): Map<string, TSharedClient> {
  const holder = globalThis as unknown as Record<symbol, Map<string, TSharedClient> | undefined>;
  holder[CACHE_KEY] ??= new Map();
  return holder[CACHE_KEY];
}

export function createConnectionRestClient(
  connection: TConnectionRow,
  overrides: TClientOverrides = {},
): TSuomifiRestClient {
  // A changed address or user (or test overrides) is another login: never hand out a token of the old one.
  const key = JSON.stringify([connection.restBaseUrl, connection.username, overrides.retry ?? null]);
  const cache = clientCache();
  const shared = cache.get(connection.id);
  if (shared?.key === key) return shared.client;
  const client = createSuomifiRestClient({
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
    ...overrides,
  });
  cache.set(connection.id, { key, client });
  return client;
}

/** Drops a connection's shared client (its password was changed, or the connection was removed). */
export function forgetConnectionRestClient(connectionId: string): void {
  clientCache().delete(connectionId);
}
