// The pipeline under faults: a backlog of submissions (some with attachments posted through Suomi.fi) goes through
// the sandbox and the real worker process to a local receiver that verifies every Standard Webhooks signature,
// while the worker is SIGKILLed after fetching a page, inside a transaction, mid-POST and after the receiver's 2xx,
// and PostgreSQL restarts once under a running worker. Every submission must come out retrieved once, receipted
// once and delivered once per target (a repeat only with the same webhook-id), none held, nothing stuck, and
// every resume within 2 minutes. The worker's clock moves forward at each restart where a lease must run out.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dropDatabase,
  ensureDatabase,
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from "@/lib/db/embedded-postgres";
import { migrateDatabase } from "@/lib/db/migrate";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { ATTEMPT_STARTED } from "@/lib/delivery/attempt-outcome";
import {
  createTestOrganisation,
  createTestSubmission,
  createWebhookTarget,
  sendAsCitizen,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { startTargetsReceiver, type TReceiverDecision } from "@/lib/delivery/testing/targets-receiver";
import { overrideEnv } from "@/lib/env";
import { receiptExternalId } from "@/lib/retrieval/sent-message-ids";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { TEST_PORT_OFFSET } from "@/lib/testing/test-port-offset";
import { startWorkerProcess, type TWorkerProcess } from "@/lib/testing/worker-process";

const SUBMISSIONS = 200;
const WITH_ATTACHMENTS = 24;
const RESUME_LIMIT_MS = 120_000;
/** Longer than a delivery's lease (DELIVERY_TIMEOUT_MS × 4 + 60 s), so a killed attempt is retaken at once. */
const CLOCK_STEP_MS = 90_000;
const PG_PORT = 54370 + TEST_PORT_OFFSET;
const PG_DIR = ".data/fault-postgres";

type TReceiverAction = "answer" | "kill-before-answer" | "kill-after-answer";

let pgServer: EmbeddedPostgresHandle;
let databaseUrl = "";
const databaseName = `lomake_fault_${process.pid}`;
const previousDatabaseUrl = process.env.DATABASE_URL;
let sandbox: TTestSandbox;
let org: TTestOrganisation;
let receiver: Awaited<ReturnType<typeof startTargetsReceiver>>;
let worker: TWorkerProcess | undefined;
const targetIds: string[] = [];

async function startPostgres(): Promise<EmbeddedPostgresHandle> {
  return startEmbeddedPostgres({ dataDir: PG_DIR, port: PG_PORT });
}

/** Work visibly done: events stored, messages retrieved, receipts sent, deliveries answered 2xx. Null while the database is down. */
async function progress(): Promise<number | null> {
  try {
    const prisma = getPrisma();
    const [events, retrieved, receipted, delivered] = await Promise.all([
      prisma.retrievalEvent.count({ where: { connectionId: org.connection.id } }),
      prisma.retrievedMessage.count({ where: { connectionId: org.connection.id } }),
      prisma.retrievedMessage.count({ where: { connectionId: org.connection.id, receiptStatus: "sent" } }),
      prisma.deliveryAttempt.count({
        where: { outcome: "success", targetId: { in: targetIds } },
      }),
    ]);
    return events + retrieved + receipted + delivered;
  } catch {
    return null;
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(
    `timed out waiting for ${what}; worker said:\n${worker?.output.slice(-40).join("\n")}\n${await describeDatabase()}`,
  );
}

/** What a stall looks like from the database: unfinished jobs, leases, sessions and their advisory locks. */
async function describeDatabase(): Promise<string> {
  try {
    const prisma = getPrisma();
    const jobs = await prisma.$queryRaw<unknown[]>`
      SELECT name, state, singleton_key, started_on, created_on FROM pgboss.job
      WHERE state NOT IN ('completed', 'cancelled') ORDER BY created_on DESC LIMIT 20`;
    const leases = await prisma.$queryRaw<
      unknown[]
    >`SELECT job_id::text, job_name, worker_id::text FROM job_lease`;
    const sessions = await prisma.$queryRaw<unknown[]>`
      SELECT a.pid, a.application_name, a.state, a.wait_event_type, a.wait_event, left(a.query, 120) AS query,
        (SELECT count(*)::int FROM pg_locks l WHERE l.pid = a.pid AND l.locktype = 'advisory' AND l.granted) AS advisory
      FROM pg_stat_activity a WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()`;
    const cursor = await prisma.retrievalCursor.findMany({});
    return `jobs: ${JSON.stringify(jobs)}\nleases: ${JSON.stringify(leases)}\nsessions: ${JSON.stringify(sessions)}\ncursor: ${JSON.stringify(cursor)}`;
  } catch (error) {
    return `database not readable: ${String(error)}`;
  }
}

/**
 * Milliseconds from `since` until progress() passes `before`, or until the running worker reaches its own kill
 * point (it resumed work and was killed in it before anything was committed: the page's transaction, say).
 */
async function timeToProgress(before: number, since: number, running?: TWorkerProcess): Promise<number> {
  let hasReachedKillPoint = false;
  void running?.exited.then(() => {
    hasReachedKillPoint = true;
  });
  await waitFor(
    async () => hasReachedKillPoint || ((await progress()) ?? -1) > before,
    RESUME_LIMIT_MS + 10_000,
    "progress after a fault",
  );
  return Date.now() - since;
}

beforeAll(async () => {
  rmSync(PG_DIR, { recursive: true, force: true });
  pgServer = await startPostgres();
  await dropDatabase(pgServer.baseUrl, databaseName);
  await ensureDatabase(pgServer.baseUrl, databaseName);
  databaseUrl = pgServer.databaseUrl(databaseName);
  await migrateDatabase(databaseUrl);
  await disconnectPrisma();
  overrideEnv({ DATABASE_URL: databaseUrl });
  sandbox = await startTestSandbox({ pageSize: 20 });
  org = await createTestOrganisation(sandbox);
}, 120_000);

afterAll(async () => {
  await worker?.kill("SIGKILL");
  await receiver?.close();
  await sandbox?.close();
  await disconnectPrisma();
  overrideEnv({ DATABASE_URL: previousDatabaseUrl });
  if (pgServer) {
    await dropDatabase(pgServer.baseUrl, databaseName).catch(() => undefined);
    await pgServer.stop();
  }
}, 60_000);

describe("the pipeline under worker kills and a PostgreSQL restart", () => {
  it("retrieves, receipts and delivers every submission exactly once, resuming within 2 minutes", async () => {
    const prisma = getPrisma();
    // Which fault the receiver plays, per worker run: counted in requests of that run.
    let receiverPlan: { action: TReceiverAction; atRequest: number } | undefined;
    let requestsThisRun = 0;
    const killWorker = () => worker?.kill("SIGKILL") ?? Promise.resolve();
    const decisions: Record<TReceiverAction, TReceiverDecision> = {
      answer: { kind: "answer" },
      // The receiver has the delivery; the worker dies before it hears back.
      "kill-before-answer": { kind: "drop", before: killWorker },
      "kill-after-answer": { kind: "answer", afterAnswer: () => void killWorker() },
    };
    receiver = await startTargetsReceiver({
      decide: () => {
        requestsThisRun += 1;
        if (receiverPlan && requestsThisRun === receiverPlan.atRequest) {
          const { action } = receiverPlan;
          receiverPlan = undefined;
          return decisions[action];
        }
        return decisions.answer;
      },
    });
    for (const name of ["asianhallinta", "arkisto"]) {
      const { target, secret } = await createWebhookTarget(org, receiver.urlOf(name));
      await prisma.deliveryTarget.update({ where: { id: target.id }, data: { name } });
      receiver.secrets.set(name, secret);
      targetIds.push(target.id);
    }

    const submissionIds: string[] = [];
    for (let index = 0; index < SUBMISSIONS; index += 1) {
      const attachments =
        index % Math.floor(SUBMISSIONS / WITH_ATTACHMENTS) === 0 && submissionIds.length < SUBMISSIONS
          ? [{ filename: `liite-${index}.pdf`, content: Buffer.from(`%PDF-1.4\n% liite ${index}\n%%EOF\n`) }]
          : [];
      const created = await createTestSubmission(org, { subject: `Palaute ${index}`, attachments });
      await sendAsCitizen(sandbox, created.messageText, { attachments });
      submissionIds.push(created.submission.id);
    }
    const attachmentCount = await prisma.submission.count({
      where: { id: { in: submissionIds }, NOT: { attachmentSha256s: { isEmpty: true } } },
    });
    expect(attachmentCount).toBeGreaterThanOrEqual(20);

    let clockOffsetMs = 0;
    const start = (killAt?: string) => {
      clockOffsetMs += CLOCK_STEP_MS;
      requestsThisRun = 0;
      worker = startWorkerProcess({
        DATABASE_URL: databaseUrl,
        LOMAKE_CLOCK_OFFSET_MS: String(clockOffsetMs),
        LOMAKE_FAULT_KILL_AT: killAt,
        RETRIEVAL_POLL_INTERVAL_SECONDS: "1",
        DELIVERY_DISPATCH_INTERVAL_SECONDS: "1",
        DELIVERY_TIMEOUT_MS: "5000",
        WORKER_CONCURRENCY: "2",
        // A stall's message then shows what the worker did (a skipped poll logs at debug only).
        LOG_LEVEL: "debug",
      });
      return worker;
    };
    const resumes: { fault: string; ms: number }[] = [];
    let restarts = 0;

    // Kills at fixed points inside the worker (it SIGKILLs itself there), then by the receiver around a POST.
    const faults: {
      name: string;
      killAt?: string;
      receiver?: { action: TReceiverAction; atRequest: number };
    }[] = [
      { name: "after fetching a page", killAt: "events-page-fetched:2" },
      { name: "inside a page's transaction", killAt: "events-page-transaction:2" },
      { name: "inside a message's transaction", killAt: "message-transaction:15" },
      { name: "mid-POST", receiver: { action: "kill-before-answer", atRequest: 10 } },
      { name: "after the receiver's 2xx", receiver: { action: "kill-after-answer", atRequest: 20 } },
    ];
    // Each run resumes the previous one's work and is killed at the next fault.
    let killedAt: number | undefined;
    for (const fault of faults) {
      receiverPlan = fault.receiver;
      const before = (await progress()) ?? 0;
      const running = start(fault.killAt);
      if (killedAt !== undefined) {
        restarts += 1;
        resumes.push({
          fault: `after a kill ${faults[restarts - 1]!.name}`,
          ms: await timeToProgress(before, killedAt, running),
        });
      }
      const exit = await Promise.race([
        running.exited,
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 90_000)),
      ]);
      expect(
        exit,
        `the worker was not killed ${fault.name}:\n${running.output.slice(-20).join("\n")}`,
      ).toEqual({
        code: null,
        signal: "SIGKILL",
      });
      killedAt = Date.now();
    }

    // PostgreSQL restarts under a running worker: the worker must survive it, reconnect and carry on.
    const beforeSurvivor = (await progress()) ?? 0;
    const survivor = start();
    restarts += 1;
    resumes.push({
      fault: `after a kill ${faults.at(-1)!.name}`,
      ms: await timeToProgress(beforeSurvivor, killedAt!),
    });
    await waitFor(
      async () => ((await progress()) ?? 0) > beforeSurvivor + 20,
      60_000,
      "the survivor to work",
    );
    await pgServer.stop();
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    pgServer = await startPostgres();
    const restartedAt = Date.now();
    const beforeRestart = (await progress()) ?? 0;
    resumes.push({ fault: "PostgreSQL restart", ms: await timeToProgress(beforeRestart, restartedAt) });

    const isDone = async () =>
      (await prisma.submission.count({ where: { id: { in: submissionIds }, status: "delivered" } })) ===
        SUBMISSIONS &&
      (await prisma.retrievedMessage.count({
        where: { connectionId: org.connection.id, receiptStatus: "sent" },
      })) === SUBMISSIONS;
    await waitFor(isDone, 45_000, "the survivor to finish").catch(() => undefined);
    expect(survivor.child.exitCode, "the worker died with the database").toBeNull();
    expect(survivor.child.signalCode).toBeNull();
    survivor.child.kill("SIGTERM");
    expect(await survivor.exited).toEqual({ code: 0, signal: null });
    if (!(await isDone())) {
      // Deliveries that failed while the database was down wait for their backoff (30 s, 1 min, …): move the
      // clock past it instead of waiting.
      clockOffsetMs += 20 * 60_000;
      start();
      await waitFor(isDone, 120_000, "every submission delivered and receipted").catch(
        async (error: unknown) => {
          const open = await prisma.delivery.groupBy({
            by: ["status"],
            where: { targetId: { in: targetIds } },
            _count: true,
          });
          const submissions = await prisma.submission.groupBy({
            by: ["status"],
            where: { id: { in: submissionIds } },
            _count: true,
          });
          const receiptStates = await prisma.retrievedMessage.groupBy({
            by: ["receiptStatus"],
            where: { connectionId: org.connection.id },
            _count: true,
          });
          throw new Error(
            `${String(error)}\ndeliveries: ${JSON.stringify(open)}, submissions: ${JSON.stringify(submissions)}, receipts: ${JSON.stringify(receiptStates)}`,
          );
        },
      );
      worker!.child.kill("SIGTERM");
      expect(await worker!.exited).toEqual({ code: 0, signal: null });
    }

    // Retrieved once: one matched message per submission, none held.
    const matched = await prisma.retrievedMessage.groupBy({
      by: ["submissionId"],
      where: { connectionId: org.connection.id, match: { in: ["matched", "held"] } },
      _count: true,
    });
    expect(matched).toHaveLength(SUBMISSIONS);
    expect(matched.every((row) => row._count === 1)).toBe(true);
    expect(await prisma.submission.count({ where: { id: { in: submissionIds }, status: "held" } })).toBe(0);

    // Receipted once: one receipt per submission in the citizen's Suomi.fi mailbox (the sandbox's store).
    const receipts = await prisma.$queryRaw<{ external_id: string; copies: bigint }[]>`
      SELECT external_id, count(*) AS copies FROM suomifi_sandbox.messages
      WHERE direction = 'to_citizen' GROUP BY external_id`;
    const expectedReceipts = new Set(submissionIds.map((id) => receiptExternalId(id)));
    expect(receipts.filter((row) => expectedReceipts.has(row.external_id))).toHaveLength(SUBMISSIONS);
    expect(receipts.every((row) => Number(row.copies) === 1)).toBe(true);

    // Delivered once per target, every signature valid; a repeat only with the same webhook-id.
    expect(receiver.received.every((request) => request.isValid)).toBe(true);
    for (const target of receiver.secrets.keys()) {
      const byTarget = receiver.received.filter((request) => request.target === target);
      const idsBySubmission = new Map<string, Set<string>>();
      for (const request of byTarget) {
        const ids = idsBySubmission.get(request.submissionId) ?? new Set<string>();
        ids.add(request.webhookId);
        idsBySubmission.set(request.submissionId, ids);
      }
      expect(new Set(submissionIds.filter((id) => idsBySubmission.has(id))).size).toBe(SUBMISSIONS);
      expect([...idsBySubmission.values()].every((ids) => ids.size === 1)).toBe(true);
    }
    // Every request the receiver got is in the ledger: a repeat is explained by an attempt whose outcome is
    // unknown ("started"), never by a missing record.
    const attempts = await prisma.deliveryAttempt.findMany({
      where: { targetId: { in: targetIds } },
      select: { requestId: true, outcome: true },
    });
    const attemptsById = new Map<string, number>();
    for (const attempt of attempts)
      attemptsById.set(attempt.requestId, (attemptsById.get(attempt.requestId) ?? 0) + 1);
    const requestsById = new Map<string, number>();
    for (const request of receiver.received)
      requestsById.set(request.webhookId, (requestsById.get(request.webhookId) ?? 0) + 1);
    for (const [webhookId, requests] of requestsById)
      expect(attemptsById.get(webhookId) ?? 0).toBeGreaterThanOrEqual(requests);
    const repeated = [...requestsById.values()].filter((count) => count > 1).length;
    expect(repeated).toBeGreaterThanOrEqual(1); // the kill after the 2xx made the receiver see one twice
    expect(attempts.filter((attempt) => attempt.outcome === ATTEMPT_STARTED).length).toBeGreaterThanOrEqual(
      2,
    );

    // Nothing stuck: no job active, no lease, no delivery or event left waiting.
    const active = await prisma.$queryRaw<
      { name: string }[]
    >`SELECT name FROM pgboss.job WHERE state = 'active'`;
    expect(active).toEqual([]);
    expect(await prisma.jobLease.count()).toBe(0);
    expect(
      await prisma.delivery.count({
        where: { status: { not: "succeeded" }, targetId: { in: targetIds } },
      }),
    ).toBe(0);
    expect(
      await prisma.retrievalEvent.count({ where: { connectionId: org.connection.id, processedAt: null } }),
    ).toBe(0);

    // Each resume within 2 minutes of its fault.
    for (const resume of resumes) expect(resume.ms, resume.fault).toBeLessThan(RESUME_LIMIT_MS);
    expect(restarts).toBe(faults.length);
    console.info(`fault injection: ${SUBMISSIONS} submissions, resumes ${JSON.stringify(resumes)}`);
  }, 600_000);
});
