// `npm run bench -- idle [--seconds N] [--concurrency N]`: what an idle worker costs. A worker process with nothing
// to do (no Suomi.fi connection, no deliveries) runs on its own PostgreSQL (.data/bench-idle-postgres, port 54420)
// with the default schedules; after a warm-up the run counts the database's committed transactions and the worker's
// CPU time over the window and prints them per second. Figures, not pass/fail.
import { readFileSync, rmSync } from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";
import { startWorkerProcess } from "@/lib/testing/worker-process";
import { writeResults } from "./bench-report";

const { values } = parseArgs({
  args: process.argv.slice(3),
  options: {
    seconds: { type: "string", default: "60" },
    "warm-up": { type: "string", default: "20" },
    concurrency: { type: "string", default: "2" },
    "pg-port": { type: "string", default: "54420" },
    output: { type: "string", default: "bench-results/idle-latest.json" },
  },
});
const SECONDS = Number(values.seconds);
const WARM_UP_SECONDS = Number(values["warm-up"]);
const PG_DIR = ".data/bench-idle-postgres";
const log = (line: string) => console.log(`[idle] ${line}`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** User + system CPU seconds of a process, from /proc (clock ticks of 1/100 s on Linux). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

rmSync(PG_DIR, { recursive: true, force: true });
const server = await startEmbeddedPostgres({ dataDir: PG_DIR, port: Number(values["pg-port"]) });
const databaseName = "lomake_idle";
await dropDatabase(server.baseUrl, databaseName);
await ensureDatabase(server.baseUrl, databaseName);
const databaseUrl = server.databaseUrl(databaseName);
await migrateDatabase(databaseUrl);

const worker = startWorkerProcess({
  DATABASE_URL: databaseUrl,
  LOG_LEVEL: "warn",
  WORKER_CONCURRENCY: values.concurrency,
});
const startedAt = new Date();
try {
  log(`worker ${worker.pid} started; warming up for ${WARM_UP_SECONDS} s`);
  await sleep(WARM_UP_SECONDS * 1000);
  const stats = new pg.Client({ connectionString: databaseUrl });
  await stats.connect();
  const commits = async () => {
    await stats.query("SELECT pg_stat_clear_snapshot()");
    const { rows } = await stats.query<{ commits: string }>(
      "SELECT xact_commit + xact_rollback AS commits FROM pg_stat_database WHERE datname = current_database()",
    );
    return Number(rows[0]!.commits);
  };
  const before = { commits: await commits(), cpu: cpuSeconds(worker.pid) };
  await sleep(SECONDS * 1000);
  // PostgreSQL reports its statistics with a delay of up to a second.
  await sleep(1_500);
  const after = { commits: await commits(), cpu: cpuSeconds(worker.pid) };
  await stats.end();
  // The two readings of the figures are themselves transactions of this database; leave them out.
  const details = {
    seconds: SECONDS,
    workerConcurrency: Number(values.concurrency),
    transactionsPerSecond: Number(((after.commits - before.commits - 2) / SECONDS).toFixed(2)),
    workerCpuSecondsPerMinute: Number((((after.cpu - before.cpu) / SECONDS) * 60).toFixed(2)),
  };
  for (const [name, value] of Object.entries(details)) console.log(`${name.padEnd(28)} ${value}`);
  writeResults(values.output, {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    options: { seconds: SECONDS, concurrency: Number(values.concurrency) },
    sections: [{ name: "idle worker", rows: [], details }],
  });
} finally {
  await worker.kill("SIGTERM");
  await server.stop();
}
process.exit(0);
