// Jobs of the retrieval: a scheduled fan-out over connections, and one poll per connection at a time.
import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { defineJob } from "@/lib/jobs/define-job";
import { sendJob } from "@/lib/jobs/send-job";
import { dispatchDeliveriesJob } from "@/lib/delivery/delivery-jobs";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { sendConnectionReceipts } from "@/lib/retrieval/send-receipt";

export const pollConnectionJob = defineJob({
  name: "retrieval-poll-connection",
  schema: z.object({ connectionId: z.uuid() }),
  policy: "stately",
  singletonKey: (payload) => payload.connectionId,
  retryLimit: 0, // the next scheduled poll is the retry
  handler: async ({ connectionId }, { logger }) => {
    const result = await pollConnection(connectionId, {
      onSubmissionsReleased: async () => {
        await sendJob(dispatchDeliveriesJob, {});
        await sendJob(sendReceiptsJob, { connectionId });
      },
    });
    // A poll that found nothing is the normal case every few minutes (or seconds): not worth an info line.
    const isQuiet = result.isSkipped || (result.newEvents === 0 && result.failed === 0 && !result.error);
    logger[isQuiet ? "debug" : "info"]({ connectionId, ...result }, "retrieval poll finished");
    if (!result.isSkipped && result.fetched > 0) {
      await sendJob(dispatchDeliveriesJob, {});
      await sendJob(sendReceiptsJob, { connectionId });
    }
  },
});

/** Receipts of one connection, beside its poll (queued by the poll after each released batch). */
export const sendReceiptsJob = defineJob({
  name: "retrieval-send-receipts",
  schema: z.object({ connectionId: z.uuid() }),
  policy: "stately",
  singletonKey: (payload) => payload.connectionId,
  retryLimit: 0, // the next poll queues it again
  handler: async ({ connectionId }, { logger }) => {
    const result = await sendConnectionReceipts(connectionId);
    if (!result.isSkipped && result.sent > 0)
      logger.info({ connectionId, sent: result.sent }, "receipts sent");
  },
});

export const pollAllConnectionsJob = defineJob({
  name: "retrieval-poll-all",
  schema: z.object({}).loose(),
  policy: "stately",
  retryLimit: 0,
  schedule: () => `*/${getEnv().RETRIEVAL_POLL_INTERVAL_MINUTES} * * * *`,
  intervalSeconds: () => getEnv().RETRIEVAL_POLL_INTERVAL_SECONDS,
  handler: async () => {
    const connections = await getPrisma().suomifiConnection.findMany({
      where: { isActive: true },
      select: { id: true },
    });
    for (const connection of connections) await sendJob(pollConnectionJob, { connectionId: connection.id });
  },
});
