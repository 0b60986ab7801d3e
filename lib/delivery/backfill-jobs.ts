// The backfill job (lib/delivery/backfill-deliveries.ts); its deliveries then go through the usual dispatcher.
import "server-only";
import { z } from "zod";
import { runBackfill } from "@/lib/delivery/backfill-deliveries";
import { dispatchDeliveriesJob } from "@/lib/delivery/delivery-jobs";
import { defineJob } from "@/lib/jobs/define-job";
import { sendJob } from "@/lib/jobs/send-job";

export const backfillDeliveriesJob = defineJob({
  name: "delivery-backfill",
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
