// The citizen side's retention job: drafts past their expiry are deleted with their unsent files.
// (The local copies of delivered submissions are purged by delivery-retention in lib/delivery/delivery-jobs.ts.)
import "server-only";
import { z } from "zod";
import { purgeExpiredDrafts } from "@/lib/citizen/drafts";
import { defineJob } from "@/lib/jobs/define-job";

export const purgeExpiredDraftsJob = defineJob({
  name: "citizen-drafts-purge",
  lane: "housekeeping",
  schema: z.object({}).loose(),
  policy: "stately",
  retryLimit: 1,
  schedule: () => "41 * * * *",
  handler: async (_payload, { logger }) => {
    const purged = await purgeExpiredDrafts();
    if (purged > 0) logger.info({ purged }, "retention removed expired citizen drafts");
  },
});
