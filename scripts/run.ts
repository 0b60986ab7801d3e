// `npm run dev` / `npm start`: one command that prepares the database (embedded PostgreSQL unless DATABASE_URL
// is set), migrates, seeds the demo organisation in development, then starts every process the app needs with
// the same DATABASE_URL, and stops them all together.
import { existsSync } from "node:fs";
import { seedDemo, DEMO_OWNER } from "@/lib/demo/seed-demo";
import { disconnectPrisma } from "@/lib/db/prisma";
import { prepareDatabase } from "@/lib/db/prepare-database";
import { localSecret } from "@/lib/dev/local-secrets";
import { childProcessEnv, getEnv, overrideEnv } from "@/lib/env";
import { createSupervisor, exitCodeAfterChildExit } from "./supervise-children";

const mode = process.argv[2] === "start" ? "start" : "dev";
const env = getEnv();

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
  if (isCreated && (env.SHOW_DEMO_CREDENTIALS || env.NODE_ENV !== "production")) {
    console.log(
      `\n  Demo organisation "${DEMO_OWNER.organizationName}" created.\n` +
        `  Sign in at ${appUrl}/admin as ${DEMO_OWNER.email} / ${DEMO_OWNER.password}\n`,
    );
  }
}
await disconnectPrisma();

const supervisor = createSupervisor({
  env: childProcessEnv(sharedEnv),
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
supervisor.start("web", process.execPath, [
  nextBin,
  mode === "dev" ? "dev" : "start",
  "-p",
  String(env.PORT),
]);
if (!env.isProduction && existsSync("scripts/sandbox.ts")) {
  supervisor.start("sandbox", process.execPath, [
    "--conditions=react-server",
    "--import",
    "tsx",
    "scripts/sandbox.ts",
  ]);
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
