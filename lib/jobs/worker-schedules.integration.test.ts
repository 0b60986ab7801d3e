// The worker schedules the recurring jobs (retrieval, dispatch, health, both retention purges) and their handlers
// do the work when the queue runs them: expired drafts and expired local copies of delivered submissions go.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryptJson } from "@/lib/crypto/encrypt-value";
import { citizenDraftAnswersContext } from "@/lib/crypto/encryption-contexts";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { retentionJob } from "@/lib/retention/retention-jobs";
import { PURGED } from "@/lib/delivery/purge-expired-submissions";
import {
  createTestOrganisation,
  createTestSubmission,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { overrideEnv } from "@/lib/env";
import { getJobQueue } from "@/lib/jobs/job-queue";
import { JOB_REGISTRY } from "@/lib/worker/job-registry";
import { purgeExpiredDraftsJob } from "@/lib/citizen/draft-jobs";
import { runWorker } from "@/lib/jobs/run-worker";
import { sendJob } from "@/lib/jobs/send-job";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

let sandbox: TTestSandbox;
let org: TTestOrganisation;
let worker: Awaited<ReturnType<typeof runWorker>> | undefined;
const previous = { RETRIEVAL_POLL_INTERVAL_SECONDS: process.env.RETRIEVAL_POLL_INTERVAL_SECONDS };

beforeAll(async () => {
  // The worker polls every active connection; those left by earlier test files point at sandboxes that are gone,
  // and their failing polls would only slow this file down.
  await getPrisma().suomifiConnection.updateMany({ where: { isActive: true }, data: { isActive: false } });
  sandbox = await startTestSandbox();
  org = await createTestOrganisation(sandbox);
});
afterAll(async () => {
  // Leave no queued polls behind for the next test file's worker (this file's sandbox is gone by then).
  const boss = await getJobQueue();
  for (const job of JOB_REGISTRY) await boss.purgeQueue(job.name).catch(() => undefined);
  await getPrisma().suomifiConnection.update({ where: { id: org.connection.id }, data: { isActive: false } });
  await worker?.stop();
  overrideEnv(previous);
  await sandbox?.close();
  await disconnectPrisma();
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

async function createDraft(expiresAt: Date) {
  const id = crypto.randomUUID();
  return getPrisma().citizenDraft.create({
    data: {
      id,
      formId: org.form.id,
      formVersionId: org.version.id,
      resumeTokenHash: `test-${id}`,
      answersEncrypted: encryptJson({}, { associatedData: citizenDraftAnswersContext(id) }),
      expiresAt,
    },
  });
}

describe("worker schedules", () => {
  it("schedules every recurring job, and polls on a seconds interval when one is configured", async () => {
    overrideEnv({ RETRIEVAL_POLL_INTERVAL_SECONDS: "1" });
    worker = await runWorker(JOB_REGISTRY);
    const schedules = await (await getJobQueue()).getSchedules();
    const cronOf = (name: string) => schedules.find((schedule) => schedule.name === name)?.cron;
    expect(cronOf("delivery-retention")).toBe("17 3 * * *");
    expect(cronOf("citizen-drafts-purge")).toBe("41 * * * *");
    expect(cronOf("identification-purge")).toBe("47 * * * *");
    expect(cronOf("delivery-health")).toBe("* * * * *");
    expect(cronOf("delivery-dispatch")).toBe("* * * * *");
    // The seconds interval replaces the minute cron: no cron entry, and the connection is polled within seconds.
    expect(cronOf("retrieval-poll-all")).toBeUndefined();
    const isPolled = await waitFor(async () =>
      Boolean(
        await getPrisma().retrievalCursor.findFirst({
          where: { connectionId: org.connection.id, lastSuccessAt: { not: null } },
        }),
      ),
    );
    expect(isPolled).toBe(true);
  });

  it("deletes expired drafts when the drafts purge runs, and keeps the rest", async () => {
    const expired = await createDraft(new Date(Date.now() - 60_000));
    const current = await createDraft(new Date(Date.now() + 3_600_000));
    await sendJob(purgeExpiredDraftsJob, {});
    const prisma = getPrisma();
    expect(
      await waitFor(async () => !(await prisma.citizenDraft.findUnique({ where: { id: expired.id } }))),
    ).toBe(true);
    expect(await prisma.citizenDraft.findUnique({ where: { id: current.id } })).not.toBeNull();
  });

  it("purges a delivered submission's local copy once the form's retention period has passed", async () => {
    const prisma = getPrisma();
    const old = await createTestSubmission(org, { subject: "Vanha" });
    const recent = await createTestSubmission(org, { subject: "Uusi" });
    const day = 24 * 3_600_000;
    await prisma.submission.update({
      where: { id: old.submission.id },
      data: { status: "delivered", deliveredAt: new Date(Date.now() - 91 * day) },
    });
    await prisma.submission.update({
      where: { id: recent.submission.id },
      data: { status: "delivered", deliveredAt: new Date(Date.now() - 89 * day) },
    });
    await sendJob(retentionJob, {});
    expect(
      await waitFor(
        async () =>
          (await prisma.submission.findUniqueOrThrow({ where: { id: old.submission.id } }))
            .answersEncrypted === PURGED,
      ),
    ).toBe(true);
    const kept = await prisma.submission.findUniqueOrThrow({ where: { id: recent.submission.id } });
    expect(kept.answersEncrypted).not.toBe(PURGED);
    const events = await prisma.submissionEvent.findMany({ where: { submissionId: old.submission.id } });
    expect(events.map((event) => event.type)).toContain("purged");
  });
});
