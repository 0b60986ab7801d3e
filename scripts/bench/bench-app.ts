// Starts Lomake for the benchmarks the way a user runs it in production: the production build through the app's
// own `scripts/run.ts start` (web, Suomi.fi sandbox and worker), on a fresh database of the embedded PostgreSQL.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, openSync } from "node:fs";
import { dropDatabase, ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { childProcessEnv } from "@/lib/env";
import { descendants } from "./process-memory";

export type TBenchPorts = { app: number; sandbox: number; postgres: number };

export const BENCH_CONTROL_SECRET = "bench-sandbox-control-secret-0000";

export type TBenchApp = {
  appUrl: string;
  sandboxUrl: string;
  databaseUrl: string;
  /** Process ids by role, found under the runner: web (next start and its helpers), each worker with its helpers, sandbox. */
  processes(): { web: number[]; workers: number[][]; sandbox: number[] };
  startExtraWorker(): Promise<ChildProcess>;
  stop(): Promise<void>;
};

async function waitFor(url: string, init: RequestInit, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, init);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startBenchApp(options: {
  ports: TBenchPorts;
  /** Extra Node options for the app's processes (the CPU profiler preload). */
  nodeOptions?: string;
  log: (line: string) => void;
}): Promise<TBenchApp> {
  const { ports } = options;
  mkdirSync(".data", { recursive: true });
  const postgres = await startEmbeddedPostgres({ dataDir: ".data/bench-postgres", port: ports.postgres });
  await dropDatabase(postgres.baseUrl, "lomake");
  await ensureDatabase(postgres.baseUrl, "lomake");
  const databaseUrl = postgres.databaseUrl("lomake");
  const appUrl = `http://localhost:${ports.app}`;
  const sandboxUrl = `http://127.0.0.1:${ports.sandbox}`;
  const env = childProcessEnv({
    DATABASE_URL: databaseUrl,
    PORT: String(ports.app),
    APP_URL: appUrl,
    LOMAKE_ENV: "test",
    SUOMIFI_SANDBOX_PORT: String(ports.sandbox),
    SUOMIFI_SANDBOX_URL: sandboxUrl,
    SUOMIFI_SANDBOX_CONTROL_SECRET: BENCH_CONTROL_SECRET,
    LOG_LEVEL: "info",
    NEXT_TELEMETRY_DISABLED: "1",
    LOMAKE_BENCH_BUILD: "1",
    NODE_OPTIONS: options.nodeOptions,
  });
  // Output straight to a file (not through this process, which generates the load).
  const logFile = openSync(".data/bench-server.log", "w");
  const runner = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/run.ts", "start"],
    { env, stdio: ["ignore", logFile, logFile], detached: true },
  );
  const extraWorkers: ChildProcess[] = [];
  options.log(`app starting (runner pid ${runner.pid}); output in .data/bench-server.log`);
  await waitFor(`${appUrl}/api/health`, {}, 180_000);
  await waitFor(
    `${sandboxUrl}/__control/state`,
    { headers: { Authorization: `Bearer ${BENCH_CONTROL_SECRET}` } },
    60_000,
  );

  const processes = () => {
    const all = descendants(runner.pid!);
    // A process and its helpers (tsx's esbuild service, Next's own children) count as one.
    const withHelpers = (pid: number) => [pid, ...descendants(pid).map((entry) => entry.pid)];
    const roots = (match: (command: string) => boolean) =>
      all.filter((entry) => match(entry.command)).map((entry) => entry.pid);
    // `next start` renames its process to "next-server (vX)".
    const webRoots = roots(
      (command) => command.includes("next/dist/bin/next") || command.startsWith("next-server"),
    );
    return {
      web: [...new Set(webRoots.flatMap(withHelpers))],
      workers: [
        ...roots((command) => command.includes("scripts/worker.ts")),
        ...extraWorkers.filter((worker) => worker.exitCode === null).map((worker) => worker.pid!),
      ].map(withHelpers),
      sandbox: roots((command) => command.includes("scripts/sandbox.ts")).flatMap(withHelpers),
    };
  };

  return {
    appUrl,
    sandboxUrl,
    databaseUrl,
    processes,
    async startExtraWorker() {
      const worker = spawn(
        process.execPath,
        ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"],
        { env, stdio: ["ignore", logFile, logFile] },
      );
      extraWorkers.push(worker);
      // pg-boss needs a moment to start polling its queues.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      return worker;
    },
    async stop() {
      for (const worker of extraWorkers) if (worker.exitCode === null) worker.kill("SIGTERM");
      await Promise.all(extraWorkers.map((worker) => waitForExit(worker, 30_000)));
      if (runner.exitCode === null) runner.kill("SIGTERM");
      if (!(await waitForExit(runner, 60_000))) {
        for (const entry of descendants(runner.pid!)) process.kill(entry.pid, "SIGKILL");
        runner.kill("SIGKILL");
      }
      await postgres.stop();
    },
  };
}
