import "server-only";
import { z } from "zod";
import { defineJob } from "@/lib/jobs/define-job";
import { runExport } from "@/lib/delivery/export/run-export";

export const buildExportJob = defineJob({
  name: "export-build",
  schema: z.object({ exportId: z.uuid() }),
  retryLimit: 0,
  expireInSeconds: 60 * 60,
  handler: async ({ exportId }) => {
    await runExport(exportId);
  },
});
