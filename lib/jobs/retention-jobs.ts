// Retention jobs outside delivery: citizen drafts past their expiry are deleted with their unsent files, and
// expired Suomi.fi Identification attempts, sessions and request ids.
// (The local copies of delivered submissions are purged by delivery-retention in lib/delivery/delivery-jobs.ts.)
import "server-only";
import { z } from "zod";
import { purgeExpiredDrafts } from "@/lib/citizen/drafts";
import { purgeIdentificationRecords } from "@/lib/identification/purge-identification-records";
import { defineJob } from "@/lib/jobs/define-job";

export const purgeExpiredDraftsJob = defineJob({
  name: "citizen-drafts-purge",
  schema: z.object({}).loose(),
  policy: "stately",
  retryLimit: 1,
  schedule: () => "41 * * * *",
  handler: async (_payload, { logger }) => {
    const purged = await purgeExpiredDrafts();
    if (purged > 0) logger.info({ purged }, "retention removed expired citizen drafts");
  },
});

export const purgeIdentificationRecordsJob = defineJob({
  name: "identification-purge",
  schema: z.object({}).loose(),
  policy: "stately",
  retryLimit: 1,
  schedule: () => "47 * * * *",
  handler: async (_payload, { logger }) => {
    const purged = await purgeIdentificationRecords();
    if (purged > 0) logger.info({ purged }, "retention removed expired identification records");
  },
});
