// The worker process: starts pg-boss, works every registered job, sends scheduled jobs on their cron.
// Any number of workers may run side by side: pg-boss hands each job to one of them, and the work itself
// guards against doubles (advisory locks per connection, SKIP LOCKED claims of deliveries).
import "server-only";
import { getEnv } from "@/lib/env";
import { JOB_LANES, type TJobDefinition } from "@/lib/jobs/define-job";
import { getJobQueue, registerLocalFetcher, stopJobQueue } from "@/lib/jobs/job-queue";
import { ensureQueue, sendJob } from "@/lib/jobs/send-job";
import { startWorkerLiveness, type TWorkerLiveness } from "@/lib/jobs/worker-liveness";
import { logger } from "@/lib/log/logger";

async function workJob(job: TJobDefinition, liveness: TWorkerLiveness): Promise<void> {
  const boss = await getJobQueue({ isWorker: true });
  await ensureQueue(job);
  const lane = JOB_LANES[job.lane ?? "pipeline"];
  for (let slot = 0; slot < (lane.slots ?? getEnv().WORKER_CONCURRENCY); slot += 1) {
    const fetcherId = await boss.work(
      job.name,
      { batchSize: 1, pollingIntervalSeconds: lane.pollingIntervalSeconds },
      async ([received]) => {
        if (!received) return;
        const jobLogger = logger.child({ job: job.name, jobId: received.id });
        const payload = job.schema.safeParse(received.data ?? {});
        if (!payload.success) {
          jobLogger.error({ issues: payload.error.issues.length }, "job payload rejected");
          return;
        }
        const startedAt = performance.now();
        try {
          await liveness.lease(received.id, job.name);
          await job.handler(payload.data, { jobId: received.id, logger: jobLogger });
        } catch (error) {
          jobLogger.error(
            { err: error, durationMs: Math.round(performance.now() - startedAt) },
            "job failed",
          );
          throw error;
        } finally {
          liveness.release(received.id);
        }
      },
    );
    registerLocalFetcher(job.name, fetcherId);
  }
}

/**
 * Sends the scheduled jobs: on a timer when the job has an interval (every worker sends; the queue's "stately"
 * policy keeps one queued), otherwise on pg-boss's cron. Returns a function that stops the timers.
 */
async function scheduleJobs(jobs: readonly TJobDefinition[]): Promise<() => void> {
  const boss = await getJobQueue({ isWorker: true });
  const timers: NodeJS.Timeout[] = [];
  let isStopped = false;
  for (const job of jobs) {
    const seconds = job.intervalSeconds?.();
    const cron = job.schedule?.();
    if (seconds !== undefined) {
      await boss.unschedule(job.name).catch(() => undefined);
      const timer = setInterval(() => {
        if (isStopped) return; // a send after stop would start a new queue connection and keep the process alive
        sendJob(job, {}).catch((error: unknown) =>
          logger.error({ err: error, job: job.name }, "sending a scheduled job failed"),
        );
      }, seconds * 1000);
      timer.unref();
      timers.push(timer);
    } else if (cron) {
      await boss.schedule(job.name, cron, {}, { singletonKey: job.name });
    }
  }
  return () => {
    isStopped = true;
    timers.forEach((timer) => clearInterval(timer));
  };
}

/** Works the given jobs (the worker passes lib/worker/job-registry's table: lib/jobs never imports handlers). */
export async function runWorker(
  jobs: readonly TJobDefinition[],
  options: { reapIntervalMs?: number } = {},
): Promise<{ workerId: string; stop: () => Promise<void> }> {
  const boss = await getJobQueue({ isWorker: true });
  const liveness = await startWorkerLiveness(boss, options);
  // Jobs left active by a worker that died (or by this one before a database restart) block nothing from here on.
  await liveness
    .reap()
    .catch((error: unknown) =>
      logger.warn({ err: error }, "reaping stopped workers' jobs failed; retried every 10 s"),
    );
  for (const job of jobs) await workJob(job, liveness);
  const stopTimers = await scheduleJobs(jobs);
  logger.info({ workerId: liveness.workerId, jobs: jobs.map((job) => job.name) }, "worker started");
  return {
    workerId: liveness.workerId,
    stop: async () => {
      stopTimers();
      await stopJobQueue();
      await liveness.stop();
    },
  };
}
