// `npm run bench [-- citizen|save|retrieval|weight|editor …] [--quick] [--count N]` (or `-- chaos`, see chaos.ts; `-- idle`, see idle-worker.ts): starts Lomake from the
// production build on a fresh embedded PostgreSQL, runs the chosen benchmarks (all by default), prints a table
// and writes bench-results/latest.json. Figures, not pass/fail: never part of `npm test` or CI.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { disconnectPrisma } from "@/lib/db/prisma";
import { childProcessEnv, overrideEnv } from "@/lib/env";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { startBenchApp, type TBenchApp } from "./bench-app";
import {
  machineDescription,
  renderTable,
  writeResults,
  type TBenchSection,
  type TTableRow,
} from "./bench-report";
import { benchCitizenThroughput } from "./citizen-throughput";
import { benchEditor } from "./editor";
import { benchPageWeight } from "./page-weight";
import { benchRetrievalDelivery } from "./retrieval-delivery";
import { commandLine, residentMegabytes } from "./process-memory";
import { benchStepSave } from "./step-save";

// The fault-injection run needs no web process: it starts its own database, sandbox and worker processes.
if (process.argv[2] === "chaos") await import("./chaos");
// What an idle worker costs: its own database and worker process only.
if (process.argv[2] === "idle") await import("./idle-worker");

const BENCHMARKS = ["citizen", "save", "weight", "editor", "retrieval"] as const;
type TBenchmark = (typeof BENCHMARKS)[number];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    quick: { type: "boolean", default: false },
    count: { type: "string" },
    duration: { type: "string" },
    connections: { type: "string", default: "50" },
    "editor-runs": { type: "string" },
    "port-base": { type: "string", default: "3600" },
    "pg-port": { type: "string", default: "54400" },
    "timeout-minutes": { type: "string", default: "30" },
    "cpu-prof": { type: "boolean", default: false },
    output: { type: "string", default: "bench-results/latest.json" },
  },
});

const unknown = positionals.filter((name) => !BENCHMARKS.includes(name as TBenchmark));
if (unknown.length > 0) {
  console.error(`Unknown benchmark ${unknown.join(", ")}; choose from ${BENCHMARKS.join(", ")}.`);
  process.exit(2);
}
const selected = new Set<TBenchmark>(positionals.length > 0 ? (positionals as TBenchmark[]) : BENCHMARKS);
const options = {
  count: Number(values.count ?? (values.quick ? 300 : 5000)),
  durationSeconds: Number(values.duration ?? (values.quick ? 5 : 10)),
  connections: Number(values.connections),
  editorRuns: Number(values["editor-runs"] ?? (values.quick ? 3 : 5)),
  portBase: Number(values["port-base"]),
  postgresPort: Number(values["pg-port"]),
  timeoutMinutes: Number(values["timeout-minutes"]),
  isCpuProfiled: values["cpu-prof"],
};
const log = (line: string) => console.log(line);

// The benchmark's own build (.next-bench/) adds the framework baseline page a production build leaves out.
if (!existsSync(".next-bench/BUILD_ID")) {
  log("No benchmark build in .next-bench/: running `npm run build` with LOMAKE_BENCH_BUILD=1 first.");
  execFileSync("npm", ["run", "build"], {
    stdio: "inherit",
    env: childProcessEnv({ LOMAKE_BENCH_BUILD: "1" }),
  });
}

const startedAt = new Date();
const profileDir = ".data/bench-profiles";
if (options.isCpuProfiled) mkdirSync(profileDir, { recursive: true });
let app: TBenchApp | undefined;
const sections: TBenchSection[] = [];
try {
  app = await startBenchApp({
    ports: { app: options.portBase, sandbox: options.portBase + 1, postgres: options.postgresPort },
    nodeOptions: options.isCpuProfiled ? "--import ./scripts/bench/cpu-profile-preload.mjs" : undefined,
    log,
  });
  overrideEnv({ DATABASE_URL: app.databaseUrl, LOMAKE_ENV: "test", APP_URL: app.appUrl, LOG_LEVEL: "warn" });
  log(`Lomake at ${app.appUrl}; ${machineDescription()}`);
  const started = app.processes();
  log(
    `  processes: web ${started.web.map(describeProcess).join(" + ")}; workers ${started.workers.map((pids) => pids.map(describeProcess).join(" + ")).join(", ")}`,
  );
  const load = { connections: options.connections, durationSeconds: options.durationSeconds };
  if (selected.has("citizen"))
    sections.push(await benchCitizenThroughput(app, { ...load, baselinePort: options.portBase + 2 }, log));
  if (selected.has("save"))
    sections.push(await benchStepSave(app, { ...load, baselinePort: options.portBase + 3 }, log));
  if (selected.has("weight")) sections.push(await benchPageWeight(app, log));
  if (selected.has("editor"))
    sections.push(await benchEditor(app, { fields: 300, runs: options.editorRuns }, log));
  if (selected.has("retrieval"))
    sections.push(
      await benchRetrievalDelivery(
        app,
        { count: options.count, receiverPort: options.portBase + 4, timeoutMinutes: options.timeoutMinutes },
        log,
      ),
    );
  sections.push(memorySection(sections));
} finally {
  await stopJobQueue().catch(() => {});
  await disconnectPrisma().catch(() => {});
  await app?.stop();
}

function describeProcess(pid: number): string {
  return `${pid} "${commandLine(pid).slice(0, 40)}" ${residentMegabytes(pid) ?? "?"} MB`;
}

/** Benchmark 6: peak resident memory of the web process during 1 and of web and workers during 3. */
function memorySection(done: TBenchSection[]): TBenchSection {
  const rows: TTableRow[] = [];
  const citizen = done.find((section) => section.name === "citizen")?.details as
    { memoryPeakMegabytes: Record<string, number> } | undefined;
  if (citizen)
    rows.push({
      benchmark: "6 memory",
      measure: "web process, peak RSS during 1",
      lomake: `${citizen.memoryPeakMegabytes.web} MB`,
      goal: "< 300 MB",
    });
  const retrieval = done.find((section) => section.name === "retrieval")?.details as
    Record<"oneWorker" | "twoWorkers", { memoryPeakMegabytes: Record<string, number> }> | undefined;
  for (const key of ["oneWorker", "twoWorkers"] as const) {
    if (!retrieval) break;
    const peaks = retrieval[key].memoryPeakMegabytes;
    const workers = Object.entries(peaks).filter(([label]) => label.startsWith("worker"));
    rows.push({
      benchmark: "6 memory",
      measure: `peak RSS during 3, ${key === "oneWorker" ? "1 worker" : "2 workers"}`,
      lomake: `web ${peaks.web} MB; ${workers.map(([label, megabytes]) => `${label} ${megabytes} MB`).join(", ")}`,
      goal: "web < 300 MB, worker < 200 MB",
    });
  }
  return { name: "memory", rows, details: {} };
}

const rows = sections.flatMap((section) => section.rows);
console.log(`\nLomake benchmarks, ${startedAt.toISOString()} — ${machineDescription()}\n`);
console.log(renderTable(rows));
writeResults(values.output!, {
  startedAt: startedAt.toISOString(),
  finishedAt: new Date().toISOString(),
  options,
  sections,
});
console.log(`\nWrote ${values.output}${options.isCpuProfiled ? `; CPU profiles in ${profileDir}/` : ""}`);
process.exit(0);
