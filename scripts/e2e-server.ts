// Starts Lomake for the end-to-end tests: a fresh database on the embedded PostgreSQL (own data folder and port),
// the production build, the Suomi.fi sandbox, and a copy of all output in .data/e2e-server.log.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import {
  E2E_CLAMD_PORT,
  E2E_PORT,
  E2E_POSTGRES_PORT,
  E2E_SANDBOX_CONTROL_SECRET,
  E2E_SANDBOX_PORT,
  E2E_SANDBOX_URL,
  E2E_SERVER_LOG,
} from "@/e2e/support/e2e-constants";
import { dropDatabase, startEmbeddedPostgres } from "@/lib/db/embedded-postgres";
import { isClamdInstalled, startClamd } from "@/lib/testing/start-clamd";
import { childProcessEnv } from "@/lib/env";

const server = await startEmbeddedPostgres({ dataDir: ".data/e2e-postgres", port: E2E_POSTGRES_PORT });
await dropDatabase(server.baseUrl, "lomake");
mkdirSync(".data", { recursive: true });
// A real ClamAV daemon with a test signature for EICAR, when installed (CI installs it).
const clamd = isClamdInstalled() ? await startClamd({ dir: ".data/e2e-clamd", port: E2E_CLAMD_PORT }) : null;
const log = createWriteStream(E2E_SERVER_LOG, { flags: "w" });

const child = spawn(
  process.execPath,
  ["--conditions=react-server", "--import", "tsx", "scripts/run.ts", "start"],
  {
    env: childProcessEnv({
      DATABASE_URL: undefined,
      EMBEDDED_PG_DIR: ".data/e2e-postgres",
      EMBEDDED_PG_PORT: String(E2E_POSTGRES_PORT),
      PORT: String(E2E_PORT),
      LOMAKE_ENV: "test",
      APP_URL: `http://localhost:${E2E_PORT}`,
      SUOMIFI_SANDBOX_PORT: String(E2E_SANDBOX_PORT),
      SUOMIFI_SANDBOX_URL: E2E_SANDBOX_URL,
      SUOMIFI_SANDBOX_CONTROL_SECRET: E2E_SANDBOX_CONTROL_SECRET,
      LOG_LEVEL: "info",
      CLAMAV_URL: clamd?.url,
      // The worker retrieves and delivers within seconds, so journeys through it do not wait for the minute cron.
      RETRIEVAL_POLL_INTERVAL_SECONDS: "2",
      DELIVERY_DISPATCH_INTERVAL_SECONDS: "2",
    }),
    stdio: ["ignore", "pipe", "pipe"],
  },
);
child.stdout.on("data", (chunk) => {
  log.write(chunk);
  process.stdout.write(chunk);
});
child.stderr.on("data", (chunk) => {
  log.write(chunk);
  process.stderr.write(chunk);
});
const stop = () => child.kill("SIGTERM");
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
child.on("exit", async (code) => {
  log.end();
  await clamd?.stop();
  await server.stop();
  process.exit(code ?? 0);
});
