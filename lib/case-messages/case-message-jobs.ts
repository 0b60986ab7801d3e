// The scheduled job of case messages: supplement request reminders, hourly (a reminder is due on a day, so an
// hour's delay is nothing, and the query is cheap).
import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { remindSupplementRequests } from "./remind-supplement-requests";

export const remindSupplementRequestsJob = defineJob({
  name: "case-messages-remind-supplement-requests",
  schema: z.object({}).loose(),
  policy: "stately",
  retryLimit: 0, // the next hour is the retry
  lane: "housekeeping",
  schedule: () => "23 * * * *",
  handler: async (_payload, { logger }) => {
    const sent = await remindSupplementRequests();
    if (sent > 0) logger.info({ sent }, "supplement request reminders sent");
  },
});
