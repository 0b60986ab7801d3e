// The pg-boss instance of a process (PostgreSQL-backed; its tables live in the schema "pgboss").
import "server-only";
import PgBoss from "pg-boss";
import { getDatabaseUrl } from "@/lib/db/database-url";
import { logger } from "@/lib/log/logger";

const globalForBoss = globalThis as unknown as {
  lomakeBoss?: Promise<PgBoss>;
  lomakeLocalFetchers?: Map<string, string[]>;
};

/** The pg-boss worker ids of this process's fetchers per queue, so a send from here can wake one at once. */
function localFetchers(): Map<string, string[]> {
  globalForBoss.lomakeLocalFetchers ??= new Map();
  return globalForBoss.lomakeLocalFetchers;
}

export function registerLocalFetcher(queue: string, workerId: string): void {
  localFetchers().set(queue, [...(localFetchers().get(queue) ?? []), workerId]);
}

/**
 * A job queued by this process (a poll queueing its deliveries) is fetched now by one of this process's slots
 * instead of at that slot's next poll: pg-boss's notifyWorker ends the slot's wait. Other processes' slots find
 * it at their next poll as before.
 */
export async function wakeLocalFetchers(queue: string): Promise<void> {
  const fetchers = localFetchers().get(queue);
  if (!fetchers?.length || !globalForBoss.lomakeBoss) return;
  const boss = await globalForBoss.lomakeBoss;
  for (const workerId of fetchers) boss.notifyWorker(workerId);
}

/**
 * Started lazily. `isWorker` processes run maintenance and cron; a web process only sends jobs.
 * The first caller decides the mode for the process.
 */
export function getJobQueue(options: { isWorker?: boolean } = {}): Promise<PgBoss> {
  globalForBoss.lomakeBoss ??= (async () => {
    const boss = new PgBoss({
      connectionString: getDatabaseUrl(),
      schema: "pgboss",
      max: 4,
      supervise: options.isWorker ?? false,
      schedule: options.isWorker ?? false,
      application_name: options.isWorker ? "lomake-worker" : "lomake-web",
    });
    boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
    await boss.start();
    return boss;
  })();
  return globalForBoss.lomakeBoss;
}

/**
 * Stops the queue, letting running jobs finish. The instance stays the process's queue until it has stopped: a job
 * finishing meanwhile that sends another job must not start a second instance nobody stops (the process would
 * never exit).
 */
export async function stopJobQueue(): Promise<void> {
  const pending = globalForBoss.lomakeBoss;
  if (!pending) return;
  try {
    await (await pending).stop({ graceful: true, wait: true, timeout: 20_000 });
  } finally {
    if (globalForBoss.lomakeBoss === pending) {
      globalForBoss.lomakeBoss = undefined;
      localFetchers().clear();
    }
  }
}
