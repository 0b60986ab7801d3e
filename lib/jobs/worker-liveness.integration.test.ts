// The reaper, job by job: an active job whose worker is gone (its advisory lock free) is failed so its queue goes
// on; a job of a worker that still holds its lock is left alone however long it runs; an active job nobody leased
// is failed only after the grace period; a worker's own lease of a job it no longer runs is failed too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import type PgBoss from "pg-boss";
import { getDatabaseUrl } from "@/lib/db/database-url";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { getJobQueue, stopJobQueue } from "@/lib/jobs/job-queue";
import { startWorkerLiveness, workerLockName, type TWorkerLiveness } from "@/lib/jobs/worker-liveness";

const QUEUE = `liveness-test-${crypto.randomUUID().slice(0, 8)}`;
let boss: PgBoss;
let reaper: TWorkerLiveness;
/** Stands in for a live worker in another process: a session that holds that worker's lock. */
let liveSession: pg.Client;
const liveWorkerId = crypto.randomUUID();

beforeAll(async () => {
  boss = await getJobQueue();
  await boss.createQueue(QUEUE, { name: QUEUE, retryLimit: 0 });
  reaper = await startWorkerLiveness(boss, { reapIntervalMs: 3_600_000 });
  liveSession = new pg.Client({ connectionString: getDatabaseUrl() });
  await liveSession.connect();
  await liveSession.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [workerLockName(liveWorkerId)]);
});
afterAll(async () => {
  await reaper?.stop();
  await liveSession?.end();
  await boss?.deleteQueue(QUEUE).catch(() => undefined);
  await stopJobQueue();
  await disconnectPrisma();
});

/** A job made active as a worker's fetch makes it, optionally leased to `workerId`. */
async function activeJob(workerId?: string): Promise<string> {
  const id = await boss.send(QUEUE, {});
  if (!id) throw new Error("job not created");
  const [fetched] = await boss.fetch(QUEUE, { batchSize: 1 });
  expect(fetched?.id).toBe(id);
  if (workerId) await getPrisma().jobLease.create({ data: { jobId: id, jobName: QUEUE, workerId } });
  return id;
}

async function stateOf(id: string): Promise<string | undefined> {
  const job = await boss.getJobById(QUEUE, id);
  return job?.state;
}

describe("worker liveness reaper", () => {
  it("fails the active job of a worker whose lock is free, and only that one", async () => {
    const deadWorkersJob = await activeJob(crypto.randomUUID());
    const liveWorkersJob = await activeJob(liveWorkerId);

    expect(await reaper.reap()).toBe(1);

    expect(await stateOf(deadWorkersJob)).toBe("failed");
    expect(await stateOf(liveWorkersJob)).toBe("active");
    expect(await getPrisma().jobLease.count({ where: { jobId: deadWorkersJob } })).toBe(0);
    expect(await getPrisma().jobLease.count({ where: { jobId: liveWorkersJob } })).toBe(1);
    await boss.complete(QUEUE, liveWorkersJob);
  });

  it("fails a job nobody leased only after the grace period", async () => {
    const unleased = await activeJob();
    expect(await reaper.reap()).toBe(0);
    expect(await stateOf(unleased)).toBe("active");

    await getPrisma()
      .$executeRaw`UPDATE pgboss.job SET started_on = now() - interval '31 seconds' WHERE id = ${unleased}::uuid`;
    expect(await reaper.reap()).toBe(1);
    expect(await stateOf(unleased)).toBe("failed");
  });

  it("fails its own lease of a job it no longer runs (the database was lost mid-job)", async () => {
    const running = await activeJob();
    await reaper.lease(running, QUEUE);
    expect(await reaper.reap()).toBe(0);
    expect(await stateOf(running)).toBe("active");

    const forgotten = await activeJob(reaper.workerId);
    expect(await reaper.reap()).toBe(1);
    expect(await stateOf(forgotten)).toBe("failed");
    expect(await stateOf(running)).toBe("active");
    reaper.release(running);
    await boss.complete(QUEUE, running);
  });

  it("removes the leases of jobs that are no longer active", async () => {
    const done = await activeJob(liveWorkerId);
    await boss.complete(QUEUE, done);
    await reaper.reap();
    expect(await getPrisma().jobLease.count({ where: { jobId: done } })).toBe(0);
  });
});
