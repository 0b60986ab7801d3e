// The worker process: starts pg-boss, works every registered job, sends scheduled jobs on their cron.
// Any number of workers may run side by side: pg-boss hands each job to one of them, and the work itself
// guards against doubles (advisory locks per connection, SKIP LOCKED claims of deliveries).
import "server-only";
import { getEnv } from "@/lib/env";
import type { TJobDefinition } from "@/lib/jobs/define-job";
import { getJobQueue, stopJobQueue } from "@/lib/jobs/job-queue";
import { JOB_REGISTRY } from "@/lib/jobs/job-registry";
import { ensureQueue } from "@/lib/jobs/send-job";
import { logger } from "@/lib/log/logger";

async function workJob(job: TJobDefinition): Promise<void> {
  const boss = await getJobQueue({ isWorker: true });
  await ensureQueue(job);
  for (let slot = 0; slot < getEnv().WORKER_CONCURRENCY; slot += 1) {
    await boss.work(job.name, { batchSize: 1, pollingIntervalSeconds: 2 }, async ([received]) => {
      if (!received) return;
      const jobLogger = logger.child({ job: job.name, jobId: received.id });
      const payload = job.schema.safeParse(received.data ?? {});
      if (!payload.success) {
        jobLogger.error({ issues: payload.error.issues.length }, "job payload rejected");
        return;
      }
      const startedAt = performance.now();
      try {
        await job.handler(payload.data, { jobId: received.id, logger: jobLogger });
      } catch (error) {
        jobLogger.error({ err: error, durationMs: Math.round(performance.now() - startedAt) }, "job failed");
        throw error;
      }
    });
  }
  const cron = job.schedule?.();
  if (cron) await boss.schedule(job.name, cron, {}, { singletonKey: job.name });
}

export async function runWorker(): Promise<{ stop: () => Promise<void> }> {
  await getJobQueue({ isWorker: true });
  for (const job of JOB_REGISTRY) await workJob(job);
  logger.info({ jobs: JOB_REGISTRY.map((job) => job.name) }, "worker started");
  return { stop: stopJobQueue };
}
