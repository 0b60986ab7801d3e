// The background worker: `npm run worker` (the dev runner starts it together with the app).
import { runWorker } from "@/lib/jobs/run-worker";
import { surviveDatabaseOutages } from "@/lib/jobs/survive-database-outage";
import { logger } from "@/lib/log/logger";
import { JOB_REGISTRY } from "@/lib/worker/job-registry";

surviveDatabaseOutages();
const worker = await runWorker(JOB_REGISTRY);
let isStopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (isStopping) return;
    isStopping = true;
    logger.info({ signal }, "worker stopping");
    worker.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
