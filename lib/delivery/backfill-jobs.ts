// The backfill job (lib/delivery/backfill-deliveries.ts); its deliveries then go through the usual dispatcher.
import "server-only";
import { z } from "zod";
import type { TAuditActor } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/prisma";
import {
  requestBackfill,
  runBackfill,
  type TRequestBackfillResult,
  type ZRequestBackfill,
} from "@/lib/delivery/backfill-deliveries";
import { dispatchDeliveriesJob } from "@/lib/delivery/delivery-jobs";
import { defineJob } from "@/lib/jobs/define-job";
import { sendJob } from "@/lib/jobs/send-job";

export const backfillDeliveriesJob = defineJob({
  name: "delivery-backfill",
  lane: "housekeeping",
  schema: z.object({ backfillId: z.uuid() }),
  retryLimit: 3,
  expireInSeconds: 60 * 60,
  handler: async ({ backfillId }, { logger }) => {
    const result = await runBackfill(backfillId);
    if (!result) return;
    logger.info({ backfillId, ...result }, "backfill created the missing deliveries");
    if (result.created > 0) await sendJob(dispatchDeliveriesJob, {});
  },
});

/** Records the request and queues its job; a request whose job could not be queued is marked failed, not left queued. */
export async function startBackfill(
  organizationId: string,
  input: z.output<typeof ZRequestBackfill>,
  actor: TAuditActor,
): Promise<TRequestBackfillResult> {
  const result = await requestBackfill(organizationId, input, actor);
  if (!result.ok) return result;
  try {
    await sendJob(backfillDeliveriesJob, { backfillId: result.backfillId });
  } catch (error) {
    await getPrisma().deliveryBackfill.update({
      where: { id: result.backfillId },
      data: { status: "failed", error: "the job queue could not be reached" },
    });
    throw error;
  }
  return result;
}
