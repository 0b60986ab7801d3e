// `npm run dev` / `npm start`: one command that prepares the database (embedded PostgreSQL unless DATABASE_URL
// is set), migrates, seeds the demo organisation in development, then starts every process the app needs with
// the same DATABASE_URL, and stops them all together.
import { listenHostOf } from "@/lib/auth/demo-credentials";
import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isDemoPasswordRefused } from "@/lib/auth/demo-credentials";
import { assertOutboundSettings } from "@/lib/http/outbound-policy";
import { seedDemo, DEMO_OWNER } from "@/lib/demo/seed-demo";
import { disconnectPrisma } from "@/lib/db/prisma";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { backfillSenderNameHashes } from "@/lib/submissions/backfill-sender-name-hashes";
import { localSecret } from "@/lib/dev/local-secrets";
import { childProcessEnv, getEnv, nodeOptionsWith, overrideEnv } from "@/lib/env";
import { registerWithSandboxIdp } from "@/lib/identification/register-with-sandbox-idp";
import { DEV_SANDBOX_CONTROL_SECRET } from "@/lib/suomifi/sandbox/sandbox-options-from-env";
import { createSupervisor, exitCodeAfterChildExit } from "./supervise-children";

const mode = process.argv[2] === "start" ? "start" : "dev";
const env = getEnv();
// Refused at start-up: an outbound network setting that would open loopback or metadata in production.
assertOutboundSettings(env);

const database = await prepareDatabase();
const appUrl = env.APP_URL ?? `http://localhost:${env.PORT}`;
const sharedEnv: Record<string, string | undefined> = {
  DATABASE_URL: database.databaseUrl,
  NEXTAUTH_URL: env.NEXTAUTH_URL ?? appUrl,
  NEXTAUTH_SECRET: env.NEXTAUTH_SECRET ?? (env.isProduction ? undefined : localSecret("NEXTAUTH_SECRET")),
  NEXT_TELEMETRY_DISABLED: "1",
};
if (env.isProduction && !sharedEnv.NEXTAUTH_SECRET) {
  console.error("NEXTAUTH_SECRET must be set in production.");
  process.exit(1);
}
overrideEnv(sharedEnv);

if (!env.isProduction) {
  const isCreated = await seedDemo();
  if (isDemoPasswordRefused(env)) {
    console.log(
      `\n  LOMAKE_LISTEN_HOST=${env.LOMAKE_LISTEN_HOST} opens the app to the network: the demo owner's published password is refused.\n`,
    );
  } else if (isCreated && (env.SHOW_DEMO_CREDENTIALS || env.NODE_ENV !== "production")) {
    console.log(
      `\n  Demo organisation "${DEMO_OWNER.organizationName}" created.\n` +
        `  Sign in at ${appUrl}/admin as ${DEMO_OWNER.email} / ${DEMO_OWNER.password}\n`,
    );
  }
}
// Submissions retrieved before the work view get their name-search hashes (a no-op once done).
const backfilled = await backfillSenderNameHashes();
if (backfilled > 0) console.log(`  Sender names made searchable for ${backfilled} submissions.`);
await disconnectPrisma();

// scripts/peer-address.mjs stamps each request with its socket address (lib/http/client-address.ts).
const peerPreload = `--import ${pathToFileURL(path.resolve("scripts/peer-address.mjs")).href}`;
const supervisor = createSupervisor({
  env: childProcessEnv({ ...sharedEnv, NODE_OPTIONS: nodeOptionsWith(peerPreload) }),
  onChildExit: (exit) => {
    console.error(`${exit.name} exited (${exit.signal ?? exit.code}); stopping Lomake.`);
    void stopAll(exitCodeAfterChildExit(exit));
  },
});
let isStopping = false;

async function stopAll(exitCode: number): Promise<void> {
  if (isStopping) return;
  isStopping = true;
  await supervisor.stopAll();
  await database.stop();
  process.exit(exitCode);
}

process.on("SIGINT", () => void stopAll(0));
process.on("SIGTERM", () => void stopAll(0));

// The citizen pages' enhancement script is git-ignored: build it before the app serves it.
await import("./build-enhance");

const nextBin = "node_modules/next/dist/bin/next";
// Loopback unless opened on purpose (LOMAKE_LISTEN_HOST): a development server with demo credentials must not
// be reachable from the network. Production listens on every interface, behind its reverse proxy.
const listenHost = listenHostOf(env);
supervisor.start("web", process.execPath, [
  nextBin,
  mode === "dev" ? "dev" : "start",
  "-p",
  String(env.PORT),
  "-H",
  listenHost,
]);
if (!env.isProduction && existsSync("scripts/sandbox.ts")) {
  supervisor.start("sandbox", process.execPath, [
    "--conditions=react-server",
    "--import",
    "tsx",
    "scripts/sandbox.ts",
  ]);
  // The sandbox IdP serves only registered SPs: register ours once both answer (Suomi.fi service management).
  const controlSecret =
    env.SUOMIFI_SANDBOX_CONTROL_SECRET ??
    ((env.LOMAKE_ENV ?? env.NODE_ENV) === "development" ? DEV_SANDBOX_CONTROL_SECRET : undefined);
  if (controlSecret)
    void registerWithSandboxIdp({
      appUrl,
      sandboxUrl: env.SUOMIFI_SANDBOX_URL.replace(/\/+$/, ""),
      controlSecret,
    }).then((isRegistered) => {
      if (!isRegistered) console.error("  Could not register the SAML SP with the sandbox IdP");
    });
}
if (existsSync("scripts/worker.ts")) {
  supervisor.start("worker", process.execPath, [
    "--conditions=react-server",
    "--import",
    "tsx",
    "scripts/worker.ts",
  ]);
}
console.log(
  `  Lomake (${mode}) on ${appUrl} — database: ${database.isEmbedded ? "embedded PostgreSQL" : "DATABASE_URL"}`,
);
