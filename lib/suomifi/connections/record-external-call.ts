import "server-only";
import { now } from "@/lib/clock";
import type { TSuomifiCallRecord } from "@/lib/suomifi/call-record";
import { getPrisma } from "@/lib/db/prisma";
import { logger } from "@/lib/log/logger";

/** Persists one Suomi.fi call (no secrets or personal data are in the record). Never fails the caller. */
export function recordSuomifiCall(organizationId: string) {
  return async (record: TSuomifiCallRecord): Promise<void> => {
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
  };
}
