// Lanes: the pipeline's jobs have WORKER_CONCURRENCY slots and one queued by the worker's own process is fetched at
// once, not at the next poll; housekeeping jobs have one slot that asks less often.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type PgBoss from "pg-boss";
import { disconnectPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { defineJob, JOB_LANES } from "@/lib/jobs/define-job";
import { getJobQueue } from "@/lib/jobs/job-queue";
import { runWorker } from "@/lib/jobs/run-worker";
import { sendJob } from "@/lib/jobs/send-job";

const suffix = crypto.randomUUID().slice(0, 8);
const handled: { name: string; at: number }[] = [];
const followUpJob = defineJob({
  name: `lanes-follow-up-${suffix}`,
  schema: z.object({}).loose(),
  handler: async () => {
    handled.push({ name: "follow-up", at: Date.now() });
  },
});
const firstJob = defineJob({
  name: `lanes-first-${suffix}`,
  schema: z.object({}).loose(),
  handler: async () => {
    handled.push({ name: "first", at: Date.now() });
    await sendJob(followUpJob, {});
  },
});
const purgeJob = defineJob({
  name: `lanes-purge-${suffix}`,
  lane: "housekeeping",
  schema: z.object({}).loose(),
  handler: async () => undefined,
});

let boss: PgBoss;
let worker: Awaited<ReturnType<typeof runWorker>> | undefined;
/** Each fetcher the worker starts: its queue and seconds between fetches. */
const fetchers: { name: string; pollingIntervalSeconds?: number }[] = [];
const pipelinePolling = JOB_LANES.pipeline.pollingIntervalSeconds;

beforeAll(async () => {
  // A long poll, so that only a wake-up can fetch the follow-up job within the test's time.
  JOB_LANES.pipeline.pollingIntervalSeconds = 60;
  boss = await getJobQueue({ isWorker: true });
  const work = boss.work.bind(boss) as (...args: unknown[]) => Promise<string>;
  boss.work = ((name: string, options: PgBoss.WorkOptions, handler: unknown) => {
    fetchers.push({ name, pollingIntervalSeconds: options.pollingIntervalSeconds });
    return work(name, options, handler);
  }) as typeof boss.work;
  worker = await runWorker([firstJob, followUpJob, purgeJob]);
});
afterAll(async () => {
  JOB_LANES.pipeline.pollingIntervalSeconds = pipelinePolling;
  await worker?.stop();
  for (const job of [firstJob, followUpJob, purgeJob])
    await boss.deleteQueue(job.name).catch(() => undefined);
  await disconnectPrisma();
});

describe("job lanes", () => {
  it("fetches a pipeline job its own process queued at once, not at the next poll a minute later", async () => {
    // The slots' first fetch found the queues empty; their next poll is a minute away.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await sendJob(firstJob, {});
    const deadline = Date.now() + 20_000;
    while (handled.length < 2 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(handled.map((entry) => entry.name)).toEqual(["first", "follow-up"]);
  }, 30_000);

  it("gives the pipeline WORKER_CONCURRENCY slots and housekeeping one slot that polls every 10 s", () => {
    const slots = (name: string) =>
      fetchers.filter((entry) => entry.name === name).map((entry) => entry.pollingIntervalSeconds);
    expect(slots(firstJob.name)).toEqual(Array(getEnv().WORKER_CONCURRENCY).fill(60));
    expect(slots(purgeJob.name)).toEqual([10]);
  });
});
