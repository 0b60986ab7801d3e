import "server-only";
import type { z } from "zod";
import type { TJobDefinition } from "@/lib/jobs/define-job";
import { getJobQueue, wakeLocalFetchers } from "@/lib/jobs/job-queue";

const createdQueues = new Set<string>();

export async function ensureQueue(job: TJobDefinition): Promise<void> {
  if (createdQueues.has(job.name)) return;
  const boss = await getJobQueue();
  await boss.createQueue(job.name, {
    name: job.name,
    policy: job.policy ?? "standard",
    retryLimit: job.retryLimit ?? 3,
    retryBackoff: true,
    expireInSeconds: job.expireInSeconds ?? 15 * 60,
  });
  createdQueues.add(job.name);
}

/** Queues a job after checking its payload; returns the job id, or null when a singleton is already queued. */
export async function sendJob<TSchema extends z.ZodType>(
  job: TJobDefinition<TSchema>,
  payload: z.input<TSchema>,
): Promise<string | null> {
  const parsed = job.schema.parse(payload) as z.output<TSchema>;
  await ensureQueue(job as unknown as TJobDefinition);
  const boss = await getJobQueue();
  const jobId = await boss.send(job.name, parsed as object, {
    singletonKey: job.singletonKey?.(parsed),
    retryLimit: job.retryLimit ?? 3,
    retryBackoff: true,
  });
  if (jobId) await wakeLocalFetchers(job.name);
  return jobId;
}
