// A worker's proof of life, and the reaper of jobs left active by dead workers.
//
// pg-boss 10 has no heartbeat: a job whose worker was killed (SIGKILL, OOM, a lost host, a PostgreSQL restart)
// stays `active` until its expiry, and with the "stately" policy that row blocks every later job of the same
// singleton key — retrieval stopped for 15 minutes after a `kill -9`. Instead each worker process holds a session
// advisory lock on its own id on a connection of its own, and records a lease (job id → worker id) when it starts
// a job. PostgreSQL frees the lock the moment the session ends, so "the lock is free" means "the worker is gone"
// with no clock or timeout involved. Every worker reaps on start and every few seconds: the active jobs of dead
// workers (and of its own id that it no longer runs, e.g. after losing the database mid-job) are failed through
// pg-boss, so the next queued job of that key starts at once.
import "server-only";
import pg from "pg";
import type PgBoss from "pg-boss";
import { getDatabaseUrl } from "@/lib/db/database-url";
import { getPrisma } from "@/lib/db/prisma";
import { logger } from "@/lib/log/logger";

/** An active job without any lease after this long was taken by a worker that died before recording it. */
const UNLEASED_GRACE_SECONDS = 30;
const RECONNECT_MAX_DELAY_MS = 30_000;
/** A busy database (a backlog, a restart) must not make the reaper give up before it starts. */
const REAP_TRANSACTION = { maxWait: 15_000, timeout: 30_000 };
/**
 * pg-boss marks a job completed just after its handler returns (one statement): a lease is not "forgotten" within
 * this time. Failing a job pg-boss has completed meanwhile changes nothing (pg-boss fails only unfinished jobs).
 */
const FINISHING_GRACE_MS = 10_000;

export function workerLockName(workerId: string): string {
  return `lomake-worker:${workerId}`;
}

export type TWorkerLiveness = {
  workerId: string;
  /** Records that this worker runs `jobId` (before the handler starts). */
  lease: (jobId: string, jobName: string) => Promise<void>;
  release: (jobId: string) => void;
  /** Fails the active jobs of dead workers; returns how many. */
  reap: () => Promise<number>;
  stop: () => Promise<void>;
};

export async function startWorkerLiveness(boss: PgBoss, options: { reapIntervalMs?: number } = {}) {
  const workerId = crypto.randomUUID();
  const running = new Set<string>();
  const finishedAt = new Map<string, number>();
  let client: pg.Client | undefined;
  let isStopped = false;
  let reconnectDelayMs = 500;

  async function connect(): Promise<void> {
    const next = new pg.Client({
      connectionString: getDatabaseUrl(),
      application_name: "lomake-worker-liveness",
    });
    // Without a listener a lost connection (PostgreSQL restarted) would be an uncaught error that kills the worker.
    next.on("error", (error) => {
      logger.warn({ err: error, workerId }, "worker liveness connection lost; reconnecting");
    });
    next.on("end", () => {
      if (client === next) client = undefined;
      if (!isStopped) scheduleReconnect();
    });
    await next.connect();
    await next.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [workerLockName(workerId)]);
    client = next;
    reconnectDelayMs = 500;
  }

  let reconnectTimer: NodeJS.Timeout | undefined;
  function scheduleReconnect(): void {
    if (reconnectTimer || isStopped) return;
    reconnectTimer = setTimeout(() => {
      reconnectTimer = undefined;
      connect().then(
        () => {
          logger.info({ workerId }, "worker liveness connection restored");
          // Jobs that ended while the database was away could not be marked done by pg-boss and stay active,
          // blocking their queue's next job: they are failed now rather than after the finishing grace.
          finishedAt.clear();
          reap().catch((error: unknown) =>
            logger.warn({ err: error, workerId }, "reaping after reconnecting failed; retried every 10 s"),
          );
        },
        (error: unknown) => {
          logger.warn(
            { err: error, workerId, retryInMs: reconnectDelayMs },
            "database unreachable; retrying",
          );
          reconnectDelayMs = Math.min(RECONNECT_MAX_DELAY_MS, reconnectDelayMs * 2);
          scheduleReconnect();
        },
      );
    }, reconnectDelayMs);
    reconnectTimer.unref();
  }

  async function lease(jobId: string, jobName: string): Promise<void> {
    running.add(jobId);
    await getPrisma().jobLease.upsert({
      where: { jobId },
      create: { jobId, jobName, workerId },
      update: { workerId },
    });
  }

  /** The lease itself stays until pg-boss has marked the job done; reap() then removes it. */
  function release(jobId: string): void {
    running.delete(jobId);
    finishedAt.set(jobId, Date.now());
  }

  async function reap(): Promise<number> {
    const prisma = getPrisma();
    const orphans = await prisma.$transaction(async (tx) => {
      const leases = await tx.$queryRaw<{ worker_id: string }[]>`
        SELECT DISTINCT worker_id::text AS worker_id FROM job_lease WHERE worker_id <> ${workerId}::uuid`;
      const deadWorkers: string[] = [];
      for (const { worker_id: otherWorker } of leases) {
        // Taken only for this transaction: a free lock means no session holds it, so that worker is gone.
        const [row] = await tx.$queryRaw<{ isFree: boolean }[]>`
          SELECT pg_try_advisory_xact_lock(hashtextextended(${workerLockName(otherWorker)}, 0)) AS "isFree"`;
        if (row?.isFree) deadWorkers.push(otherWorker);
      }
      const ownLeases = await tx.jobLease.findMany({ where: { workerId }, select: { jobId: true } });
      for (const [jobId, at] of finishedAt)
        if (Date.now() - at > FINISHING_GRACE_MS) finishedAt.delete(jobId);
      const forgotten = ownLeases
        .map((row) => row.jobId)
        .filter((jobId) => !running.has(jobId) && !finishedAt.has(jobId));
      return tx.$queryRaw<{ id: string; name: string }[]>`
        SELECT j.id::text AS id, j.name FROM pgboss.job j
        LEFT JOIN job_lease l ON l.job_id = j.id
        WHERE j.state = 'active' AND (
          l.worker_id::text = ANY(${deadWorkers}::text[])
          OR j.id::text = ANY(${forgotten}::text[])
          OR (l.job_id IS NULL AND j.started_on < now() - make_interval(secs => ${UNLEASED_GRACE_SECONDS}))
        )`;
    }, REAP_TRANSACTION);
    for (const orphan of orphans) {
      await boss.fail(orphan.name, orphan.id, {
        message: "its worker stopped (crashed or lost the database)",
      });
      await prisma.jobLease.deleteMany({ where: { jobId: orphan.id } });
    }
    // Leases of jobs that are no longer active (done, or failed above).
    await prisma.$executeRaw`
      DELETE FROM job_lease l WHERE NOT EXISTS (SELECT 1 FROM pgboss.job j WHERE j.id = l.job_id AND j.state = 'active')`;
    if (orphans.length > 0) {
      logger.warn(
        { workerId, jobs: orphans.map((orphan) => orphan.name) },
        "failed jobs left active by a stopped worker; their queues continue",
      );
    }
    return orphans.length;
  }

  await connect();
  const reapTimer = setInterval(() => {
    reap().catch((error: unknown) =>
      logger.warn({ err: error, workerId }, "reaping stopped workers' jobs failed"),
    );
  }, options.reapIntervalMs ?? 10_000);
  reapTimer.unref();

  return {
    workerId,
    lease,
    release,
    reap,
    /** After the queue has stopped (every job of this worker finished): its leases go with it. */
    stop: async () => {
      isStopped = true;
      clearInterval(reapTimer);
      if (reconnectTimer) clearTimeout(reconnectTimer);
      await getPrisma()
        .jobLease.deleteMany({ where: { workerId } })
        .catch((error: unknown) =>
          logger.warn({ err: error, workerId }, "removing the worker's leases failed"),
        );
      await client?.end().catch(() => undefined);
    },
  } satisfies TWorkerLiveness;
}
