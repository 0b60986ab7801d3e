// Jobs of the delivery side: dispatch of due deliveries, health checks and notifications.
import "server-only";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { defineJob } from "@/lib/jobs/define-job";
import { sendJob } from "@/lib/jobs/send-job";
import { checkDeliveryHealth } from "@/lib/delivery/check-delivery-health";
import { dispatchDueDeliveries } from "@/lib/delivery/dispatch-due-deliveries";

export const dispatchDeliveriesJob = defineJob({
  name: "delivery-dispatch",
  schema: z.object({}).loose(),
  policy: "stately",
  retryLimit: 0,
  schedule: () => "* * * * *",
  intervalSeconds: () => {
    const seconds = getEnv().DELIVERY_DISPATCH_INTERVAL_SECONDS;
    return seconds < 60 ? seconds : undefined;
  },
  handler: async (_payload, { logger }) => {
    const results = await dispatchDueDeliveries();
    if (results.succeeded + results.retrying + results.dead > 0)
      logger.info(results, "deliveries dispatched");
    // A backlog (thousands retrieved at a deadline) drains run after run instead of one run a minute.
    if (results.hasMore) await sendJob(dispatchDeliveriesJob, {});
  },
});

export const deliveryHealthJob = defineJob({
  name: "delivery-health",
  lane: "housekeeping",
  schema: z.object({}).loose(),
  policy: "stately",
  retryLimit: 0,
  // Every minute: a stall is told within RETRIEVAL_STALL_MINUTES (+1), not ten minutes later.
  schedule: () => "* * * * *",
  handler: async () => {
    await checkDeliveryHealth();
  },
});
