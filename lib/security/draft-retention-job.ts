// Retention of citizen drafts: expired drafts and their unsent files are deleted every hour by the worker.
import "server-only";
import { z } from "zod";
import { purgeExpiredDrafts } from "@/lib/citizen/drafts";
import { defineJob } from "@/lib/jobs/define-job";

export const draftRetentionJob = defineJob({
  name: "citizen-draft-retention",
  schema: z.object({}).loose(),
  policy: "stately",
  retryLimit: 1,
  schedule: () => "23 * * * *",
  handler: async (_payload, { logger }) => {
    const deleted = await purgeExpiredDrafts();
    if (deleted > 0) logger.info({ deleted }, "retention deleted expired citizen drafts");
  },
});
