// `npm run bench -- chaos [--quick] [--count N] [--kills N] [--pg-kills N]`: the fault-injection run at scale.
// A backlog of submissions (one in ten with an attachment posted through Suomi.fi) goes through the sandbox and
// the real worker process to two webhook targets on a local receiver that verifies every Standard Webhooks
// signature, while the worker is SIGKILLed at random moments, PostgreSQL is killed (SIGKILL of the postmaster)
// and started again, the sandbox answers bursts of 5xx, access tokens are revoked and the receiver fails for a
// while. Prints the figures and ends non-zero if anything was lost, duplicated without the same webhook-id, or
// held, or a resume took 2 minutes or more. Its own PostgreSQL (.data/bench-chaos-postgres, port 54410).
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import {
  dropDatabase,
  ensureDatabase,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import {
  createTestOrganisation,
  createTestSubmission,
  createWebhookTarget,
  sendAsCitizen,
} from "@/lib/delivery/testing/delivery-fixtures";
import { startTargetsReceiver } from "@/lib/delivery/testing/targets-receiver";
import { overrideEnv } from "@/lib/env";
import { receiptExternalId } from "@/lib/retrieval/sent-message-ids";
import { startTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { startWorkerProcess, type TWorkerProcess } from "@/lib/testing/worker-process";
import { writeResults } from "./bench-report";

const { values } = parseArgs({
  args: process.argv.slice(3),
  options: {
    quick: { type: "boolean", default: false },
    count: { type: "string" },
    kills: { type: "string" },
    "pg-kills": { type: "string" },
    "pg-port": { type: "string", default: "54410" },
    "timeout-minutes": { type: "string", default: "40" },
    output: { type: "string", default: "bench-results/chaos-latest.json" },
  },
});
const COUNT = Number(values.count ?? (values.quick ? 200 : 1000));
const KILLS = Number(values.kills ?? (values.quick ? 10 : 100));
const PG_KILLS = Number(values["pg-kills"] ?? (values.quick ? 1 : 10));
const PG_PORT = Number(values["pg-port"]);
const PG_DIR = ".data/bench-chaos-postgres";
const RESUME_LIMIT_MS = 120_000;
const CLOCK_STEP_MS = 90_000; // past a delivery's lease (DELIVERY_TIMEOUT_MS × 4 + 60 s)
const log = (line: string) => console.log(`[chaos] ${line}`);

const receiverState = { failUntil: 0 };
const receiver = await startTargetsReceiver({
  decide: () => (Date.now() < receiverState.failUntil ? { kind: "unavailable" } : { kind: "answer" }),
});
const { received, secrets } = receiver;

rmSync(PG_DIR, { recursive: true, force: true });
let pgServer: EmbeddedPostgresHandle = await startEmbeddedPostgres({ dataDir: PG_DIR, port: PG_PORT });
const databaseName = "lomake_chaos";
await dropDatabase(pgServer.baseUrl, databaseName);
await ensureDatabase(pgServer.baseUrl, databaseName);
const databaseUrl = pgServer.databaseUrl(databaseName);
await migrateDatabase(databaseUrl);
overrideEnv({ DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" });
const sandbox = await startTestSandbox({ pageSize: 100 });
const org = await createTestOrganisation(sandbox);
const prisma = getPrisma();
const targetIds: string[] = [];
for (const name of ["asianhallinta", "arkisto"]) {
  const { target, secret } = await createWebhookTarget(org, receiver.urlOf(name));
  secrets.set(name, secret);
  targetIds.push(target.id);
}

log(`creating ${COUNT} submissions`);
const submissionIds: string[] = [];
/** What each citizen posts to Suomi.fi: sent in batches through the run, so every fault meets work in flight. */
const posts: { messageText: string; attachments: { filename: string; content: Buffer }[] }[] = [];
for (let index = 0; index < COUNT; index += 1) {
  const attachments =
    index % 10 === 0
      ? [{ filename: `liite-${index}.pdf`, content: Buffer.from(`%PDF-1.4\n% liite ${index}\n%%EOF\n`) }]
      : [];
  const created = await createTestSubmission(org, { subject: `Palaute ${index}`, attachments });
  posts.push({ messageText: created.messageText, attachments });
  submissionIds.push(created.submission.id);
}
let sent = 0;
/** Citizens post the next `size` forms through Suomi.fi (the sandbox shares the database: not while it is down). */
async function sendBatch(size: number): Promise<void> {
  for (const post of posts.slice(sent, sent + size)) {
    await sendAsCitizen(sandbox, post.messageText, { attachments: post.attachments });
    sent += 1;
  }
}

async function progress(): Promise<number | null> {
  try {
    const [events, retrieved, receipted, delivered] = await Promise.all([
      prisma.retrievalEvent.count({ where: { connectionId: org.connection.id } }),
      prisma.retrievedMessage.count({ where: { connectionId: org.connection.id } }),
      prisma.retrievedMessage.count({ where: { connectionId: org.connection.id, receiptStatus: "sent" } }),
      prisma.deliveryAttempt.count({ where: { outcome: "success", targetId: { in: targetIds } } }),
    ]);
    return events + retrieved + receipted + delivered;
  } catch {
    return null;
  }
}

async function isDone(): Promise<boolean> {
  try {
    const delivered = await prisma.submission.count({
      where: { id: { in: submissionIds }, status: "delivered" },
    });
    const receipted = await prisma.retrievedMessage.count({
      where: { connectionId: org.connection.id, receiptStatus: "sent" },
    });
    return delivered === COUNT && receipted === COUNT;
  } catch {
    return false;
  }
}

let clockOffsetMs = 0;
let worker: TWorkerProcess | undefined;
let workerRestarts = 0;
function startWorker(): TWorkerProcess {
  clockOffsetMs += CLOCK_STEP_MS;
  worker = startWorkerProcess({
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "warn",
    LOMAKE_CLOCK_OFFSET_MS: String(clockOffsetMs),
    RETRIEVAL_POLL_INTERVAL_SECONDS: "1",
    DELIVERY_DISPATCH_INTERVAL_SECONDS: "1",
    DELIVERY_TIMEOUT_MS: "5000",
    WORKER_CONCURRENCY: "2",
  });
  return worker;
}

/** Kills the postmaster with SIGKILL (as a crashed host would), then starts the server on the same data. */
async function killPostgres(): Promise<void> {
  const pid = Number(readFileSync(path.join(path.resolve(PG_DIR), "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(pid, "SIGKILL");
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  // The postmaster's children notice its death and exit; wait for the port to be free.
  for (let tries = 0; tries < 50; tries += 1) {
    try {
      execFileSync("bash", ["-c", `! (exec 3<>/dev/tcp/127.0.0.1/${PG_PORT}) 2>/dev/null`]);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  pgServer = await startEmbeddedPostgres({ dataDir: PG_DIR, port: PG_PORT });
}

const resumes: { fault: string; ms: number }[] = [];
async function measureResume(since: number, fault: string): Promise<void> {
  const before = (await progress()) ?? 0;
  for (;;) {
    const now = (await progress()) ?? -1;
    if (now > before || (await isDone())) break;
    if (Date.now() - since > RESUME_LIMIT_MS * 2) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  resumes.push({ fault, ms: Date.now() - since });
}

type TFault = "worker-kill" | "postgres-kill" | "sandbox-5xx" | "token-revocation" | "receiver-outage";
// Every planned fault happens, in random order, spread over the whole run.
const faults: TFault[] = [
  ...Array<TFault>(KILLS).fill("worker-kill"),
  ...Array<TFault>(PG_KILLS).fill("postgres-kill"),
  ...Array<TFault>(Math.max(3, Math.round(KILLS / 10))).fill("sandbox-5xx"),
  ...Array<TFault>(Math.max(3, Math.round(KILLS / 10))).fill("token-revocation"),
  "receiver-outage",
];
for (let index = faults.length - 1; index > 0; index -= 1) {
  const other = Math.floor(Math.random() * (index + 1));
  [faults[index], faults[other]] = [faults[other]!, faults[index]!];
}
// Every fault meets forms posted just before it (a resume is then always measurable as progress): the posts are
// spread evenly over the faults, the first share before the worker starts.
const postsUntil = (step: number) => Math.round(((step + 2) * COUNT) / (faults.length + 1));
const batchSize = Math.floor(COUNT / (faults.length + 1));
log(`${faults.length} faults, citizens posting about ${batchSize} forms before each`);

const startedAt = Date.now();
const deadline = startedAt + Number(values["timeout-minutes"]) * 60_000;
await sendBatch(postsUntil(-1));
startWorker();
let kills = 0;
let pgKills = 0;
let bursts = 0;
let revocations = 0;
const randomMs = (min: number, max: number) => min + Math.random() * (max - min);
for (const [step, fault] of faults.entries()) {
  if (Date.now() >= deadline) break;
  await new Promise((resolve) => setTimeout(resolve, randomMs(500, 4_000)));
  if (fault === "worker-kill") {
    await worker!.kill("SIGKILL");
    const killedAt = Date.now();
    kills += 1;
    await sendBatch(postsUntil(step) - sent); // posted while no worker runs: the next one has work waiting
    startWorker();
    workerRestarts += 1;
    await measureResume(killedAt, fault);
  } else if (fault === "postgres-kill") {
    const killedAt = Date.now();
    await killPostgres();
    pgKills += 1;
    await sendBatch(postsUntil(step) - sent);
    await measureResume(killedAt, fault);
  } else {
    await sendBatch(postsUntil(step) - sent);
    if (fault === "sandbox-5xx") {
      await sandbox
        .control("POST", "faults", { endpoint: "*", status: 503, times: 20 })
        .catch(() => undefined);
      bursts += 1;
    } else if (fault === "token-revocation") {
      await sandbox.control("POST", "tokens/revoke", {}).catch(() => undefined);
      revocations += 1;
    } else {
      receiverState.failUntil = Date.now() + 10_000; // the receiver is down for 10 s
    }
  }
  if (step % 10 === 9) log(`${sent} posted, ${kills} worker kills, ${pgKills} PostgreSQL kills`);
}
await sendBatch(COUNT);
while (!(await isDone()) && Date.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 20_000));
  if (await isDone()) break;
  // Deliveries that failed wait for their backoff: move the clock past it.
  await worker!.kill("SIGTERM");
  clockOffsetMs += 20 * 60_000;
  startWorker();
  workerRestarts += 1;
}
const elapsedSeconds = Math.round((Date.now() - startedAt) / 1000);
await worker?.kill("SIGTERM");

const matched = await prisma.retrievedMessage.groupBy({
  by: ["submissionId"],
  where: { connectionId: org.connection.id, match: { in: ["matched", "held"] } },
  _count: true,
});
const receipts = await prisma.$queryRaw<{ external_id: string }[]>`
  SELECT external_id FROM suomifi_sandbox.messages WHERE direction = 'to_citizen'`;
const expectedReceipts = new Set(submissionIds.map((id) => receiptExternalId(id)));
const receiptCount = receipts.filter((row) => expectedReceipts.has(row.external_id)).length;
const valid = received.filter((request) => request.isValid);
const idsByDelivery = new Map<string, Set<string>>();
for (const request of valid) {
  const key = `${request.target}:${request.submissionId}`;
  idsByDelivery.set(key, (idsByDelivery.get(key) ?? new Set()).add(request.webhookId));
}
const duplicatesWithoutSameId = [...idsByDelivery.values()].filter((ids) => ids.size > 1).length;
const deliveredPairs = new Set([...idsByDelivery.keys()]);
const lost = submissionIds.filter(
  (id) =>
    ![...secrets.keys()].every((target) => deliveredPairs.has(`${target}:${id}`)) ||
    !expectedReceipts.has(receiptExternalId(id)) ||
    !receipts.some((row) => row.external_id === receiptExternalId(id)),
).length;
const held = await prisma.submission.count({ where: { id: { in: submissionIds }, status: "held" } });
const figures = {
  submissions: COUNT,
  withAttachments: submissionIds.filter((_, index) => index % 10 === 0).length,
  retrieved: matched.length,
  retrievedMoreThanOnce: matched.filter((row) => row._count > 1).length,
  receipts: receiptCount,
  deliveries: valid.length,
  uniqueWebhookIds: new Set(valid.map((request) => request.webhookId)).size,
  invalidSignatures: received.length - valid.length,
  duplicatesWithoutSameId,
  lost,
  held,
  longestResumeSeconds: Math.round(Math.max(0, ...resumes.map((resume) => resume.ms)) / 100) / 10,
  longestResumeAfter: resumes.toSorted((a, b) => b.ms - a.ms)[0]?.fault ?? "-",
  medianResumeSeconds:
    Math.round(
      (resumes.map((resume) => resume.ms).toSorted((a, b) => a - b)[Math.floor(resumes.length / 2)] ?? 0) /
        100,
    ) / 10,
  workerKills: kills,
  workerRestarts,
  postgresKills: pgKills,
  sandbox5xxBursts: bursts,
  tokenRevocations: revocations,
  elapsedSeconds,
};
for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(24)} ${value}`);
writeResults(values.output, {
  startedAt: new Date(startedAt).toISOString(),
  finishedAt: new Date().toISOString(),
  options: { count: COUNT, kills: KILLS, postgresKills: PG_KILLS },
  sections: [{ name: "chaos", rows: [], details: figures }],
});

await sandbox.close();
await disconnectPrisma();
await receiver.close();
await dropDatabase(pgServer.baseUrl, databaseName).catch(() => undefined);
await pgServer.stop();
const isBroken =
  lost > 0 ||
  duplicatesWithoutSameId > 0 ||
  held > 0 ||
  figures.retrievedMoreThanOnce > 0 ||
  figures.invalidSignatures > 0 ||
  figures.longestResumeSeconds * 1000 >= RESUME_LIMIT_MS ||
  kills < KILLS ||
  pgKills < PG_KILLS;
if (isBroken)
  console.error(
    "[chaos] FAILED: something was lost, duplicated, held or resumed too slowly, or the run ended before every planned fault",
  );
process.exit(isBroken ? 1 : 0);
