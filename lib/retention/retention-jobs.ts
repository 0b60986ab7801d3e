// The nightly retention run over every kind of personal data (lib/retention/purge-personal-data.ts). The job
// keeps its name from when it purged only delivered submissions, so existing schedules carry on.
import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { purgePersonalData } from "@/lib/retention/purge-personal-data";

export const retentionJob = defineJob({
  name: "delivery-retention",
  lane: "housekeeping",
  schema: z.object({}).loose(),
  policy: "stately",
  retryLimit: 1,
  schedule: () => "17 3 * * *",
  handler: async (_payload, { logger }) => {
    const report = await purgePersonalData();
    logger.info(report, "retention purged personal data past its retention period");
  },
});
