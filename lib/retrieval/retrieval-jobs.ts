// Jobs of the retrieval: a scheduled fan-out over connections, and one poll per connection at a time.
import "server-only";
import { z } from "zod";
import { getPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { defineJob } from "@/lib/jobs/define-job";
import { sendJob } from "@/lib/jobs/send-job";
import { dispatchDeliveriesJob } from "@/lib/delivery/delivery-jobs";
import { pollConnection } from "@/lib/retrieval/poll-connection";

export const pollConnectionJob = defineJob({
  name: "retrieval-poll-connection",
  schema: z.object({ connectionId: z.uuid() }),
  policy: "stately",
  singletonKey: (payload) => payload.connectionId,
  retryLimit: 0, // the next scheduled poll is the retry
  handler: async ({ connectionId }, { logger }) => {
    const result = await pollConnection(connectionId, {
      onDeliveriesCreated: async () => {
        await sendJob(dispatchDeliveriesJob, {});
      },
    });
    // A poll that found nothing is the normal case every few minutes (or seconds): not worth an info line.
    const isQuiet = result.isSkipped || (result.newEvents === 0 && result.failed === 0 && !result.error);
    logger[isQuiet ? "debug" : "info"]({ connectionId, ...result }, "retrieval poll finished");
    if (!result.isSkipped && result.fetched > 0) await sendJob(dispatchDeliveriesJob, {});
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
