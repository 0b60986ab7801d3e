// The worker's job for Suomi.fi Identification: expired login attempts, sessions and request ids are deleted.
import "server-only";
import { z } from "zod";
import { purgeIdentificationRecords } from "@/lib/identification/purge-identification-records";
import { defineJob } from "@/lib/jobs/define-job";

export const purgeIdentificationRecordsJob = defineJob({
  name: "identification-purge",
  lane: "housekeeping",
  schema: z.object({}).loose(),
  policy: "stately",
  retryLimit: 1,
  schedule: () => "47 * * * *",
  handler: async (_payload, { logger }) => {
    const purged = await purgeIdentificationRecords();
    if (purged > 0) logger.info({ purged }, "retention removed expired identification records");
  },
});
