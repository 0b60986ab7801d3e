// Webhook delivery: retries with backoff while the receiver is down, dead-lettering after 72 h, the SSRF guard,
// secret rotation, and the worker running the real jobs through pg-boss.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import { advanceClock, resetClock, setClock } from "@/lib/clock";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { ATTEMPT_STARTED } from "@/lib/delivery/attempt-outcome";
import { dispatchDueDeliveries } from "@/lib/delivery/dispatch-due-deliveries";
import {
  addAllowlistEntry,
  createTarget,
  setTargetForms,
  ZCreateTarget,
} from "@/lib/delivery/manage-targets";
import {
  encryptTargetSecrets,
  readTargetSecrets,
  readWebhookSecrets,
  rotateSecrets,
} from "@/lib/delivery/target-secrets";
import {
  createTestOrganisation,
  createTestSubmission,
  createWebhookTarget,
  sendAsCitizen,
  startWebhookReceiver,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { runWorker } from "@/lib/jobs/run-worker";
import { JOB_REGISTRY } from "@/lib/worker/job-registry";
import { sendJob } from "@/lib/jobs/send-job";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { pollConnectionJob } from "@/lib/retrieval/retrieval-jobs";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

let sandbox: TTestSandbox;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let secret = "";
let org: TTestOrganisation;
const fast = { clientOverrides: { retry: { attempts: 2, baseDelayMs: 1 } } };

beforeAll(async () => {
  sandbox = await startTestSandbox();
  receiver = await startWebhookReceiver(() => secret);
});
afterAll(async () => {
  await stopJobQueue();
  await receiver?.close();
  await sandbox?.close();
  await disconnectPrisma();
});
beforeEach(async () => {
  await sandbox.control("POST", "reset");
  setClock(new Date("2026-11-23T09:00:00Z"), { isFrozen: false });
  receiver.received.length = 0;
  receiver.state.failWith = null;
  receiver.state.whileInFlight = undefined;
  org = await createTestOrganisation(sandbox);
});
afterEach(() => resetClock());

async function retrieveOne() {
  const created = await createTestSubmission(org, { subject: "Vesivahinko" });
  await sendAsCitizen(sandbox, created.messageText);
  await pollConnection(org.connection.id, fast);
  return created;
}

/** Tessa Testilä files a form for `mailboxOwnerId` (acting on behalf); the one delivery the receiver got. */
async function deliverFiledFor(mailboxOwnerId: string, senderDetail: string) {
  secret = (await createWebhookTarget(org, receiver.url, { senderDetail })).secret;
  const created = await createTestSubmission(org, { subject: "Hakemus toisen puolesta" });
  await sendAsCitizen(sandbox, created.messageText, { personId: mailboxOwnerId, agentId: "010280-952L" });
  await pollConnection(org.connection.id, fast);
  await dispatchDueDeliveries();
  expect(receiver.received).toHaveLength(1);
  return { created, delivered: receiver.received[0]! };
}

describe("webhook delivery", () => {
  it("retries with backoff while the receiver fails and delivers once it recovers, with one webhook-id", async () => {
    secret = (await createWebhookTarget(org, receiver.url)).secret;
    const { submission } = await retrieveOne();
    receiver.state.failWith = 503;
    await dispatchDueDeliveries();
    for (let hour = 0; hour < 10; hour += 1) {
      advanceClock(3_600_000);
      await dispatchDueDeliveries();
    }
    const prisma = getPrisma();
    const delivery = await prisma.delivery.findFirstOrThrow({
      where: { submissionId: submission.id },
      include: { attempts: true },
    });
    expect(delivery.status).toBe("pending");
    expect(delivery.attempts.length).toBeGreaterThanOrEqual(5);
    expect(
      delivery.attempts.every((a) => a.status === 503 && a.responseExcerpt === "temporarily unavailable"),
    ).toBe(true);
    // The delays grow: the gaps between attempts are not all equal.
    receiver.state.failWith = null;
    advanceClock(7 * 3_600_000);
    await dispatchDueDeliveries();
    expect(receiver.received).toHaveLength(1);
    expect(receiver.received[0]!.isValid).toBe(true);
    expect(receiver.received[0]!.webhookId).toBe(`msg_${delivery.id}`);
    expect((await prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).status).toBe(
      "delivered",
    );
    const attempts = await prisma.deliveryAttempt.findMany({ where: { deliveryId: delivery.id } });
    expect(new Set(attempts.map((a) => a.requestId))).toEqual(new Set([`msg_${delivery.id}`]));
  });

  it("records the attempt before it goes out, so a worker dying mid-send leaves 'sent, outcome unknown'", async () => {
    secret = (await createWebhookTarget(org, receiver.url)).secret;
    const { submission } = await retrieveOne();
    const prisma = getPrisma();
    const seenInFlight: string[][] = [];
    receiver.state.whileInFlight = async () => {
      const attempts = await prisma.deliveryAttempt.findMany({
        where: { delivery: { submissionId: submission.id } },
      });
      seenInFlight.push(attempts.map((attempt) => attempt.outcome));
    };
    await dispatchDueDeliveries();

    expect(seenInFlight).toEqual([[ATTEMPT_STARTED]]);
    const attempts = await prisma.deliveryAttempt.findMany({
      where: { delivery: { submissionId: submission.id } },
    });
    expect(attempts.map((attempt) => [attempt.attempt, attempt.outcome, attempt.status])).toEqual([
      [1, "success", 204],
    ]);
  });

  it("delivers a form sent for a company as the person who acted on behalf of the company, never as a henkilötunnus", async () => {
    const { created, delivered } = await deliverFiledFor("1912105-6", "name-and-id");
    expect(delivered.payload.sender).toEqual({
      kind: "person",
      name: "Testilä Tessa",
      personalIdentityCode: "010280-952L",
      businessId: null,
    });
    expect(delivered.payload.onBehalfOf).toEqual({
      kind: "company",
      name: "Testiyritys Oy",
      personalIdentityCode: null,
      businessId: "1912105-6",
    });
    const submission = await getPrisma().submission.findUniqueOrThrow({
      where: { id: created.submission.id },
    });
    expect(submission.status).toBe("delivered");
  });

  it("gives neither the filer's nor the child's henkilötunnus when the target takes names only", async () => {
    const { delivered } = await deliverFiledFor("150315A9985", "name");
    expect(delivered.payload.sender).toEqual({
      kind: "person",
      name: "Testilä Tessa",
      personalIdentityCode: null,
      businessId: null,
    });
    expect(delivered.payload.onBehalfOf).toMatchObject({ kind: "person", name: "Testilä Tuuli Alva" });
    expect(JSON.stringify(delivered.payload)).not.toContain("150315A9985");
  });

  it("dead-letters a delivery after 72 hours of failures and shows it in the health numbers", async () => {
    secret = (await createWebhookTarget(org, receiver.url)).secret;
    const { submission } = await retrieveOne();
    receiver.state.failWith = 500;
    await dispatchDueDeliveries();
    for (let step = 0; step < 20; step += 1) {
      advanceClock(6 * 3_600_000);
      await dispatchDueDeliveries();
    }
    const prisma = getPrisma();
    const delivery = await prisma.delivery.findFirstOrThrow({ where: { submissionId: submission.id } });
    expect(delivery.status).toBe("dead");
    expect(delivery.deadAt!.getTime() - delivery.firstAttemptAt!.getTime()).toBeGreaterThanOrEqual(
      72 * 3_600_000,
    );
    const { getOrganizationHealth } = await import("@/lib/delivery/get-organization-health");
    const health = await getOrganizationHealth(org.organization.id);
    expect(health.dead).toBe(1);
    expect(health.warnings).toContain("dead-deliveries");
    expect(receiver.received).toHaveLength(0);
  });

  it("dead-letters a delivery to a refused address at once, naming no resolved address", async () => {
    secret = (
      await createWebhookTarget(org, receiver.url.replace("127.0.0.1", "localhost"), { allowCidr: null })
    ).secret;
    const { submission } = await retrieveOne();
    await dispatchDueDeliveries();
    const prisma = getPrisma();
    const attempt = await prisma.deliveryAttempt.findFirstOrThrow({
      where: { delivery: { submissionId: submission.id } },
    });
    expect(attempt.outcome).toBe("blocked");
    expect(attempt.error).not.toMatch(/127\.0\.0\.1|::1/);
    const delivery = await prisma.delivery.findFirstOrThrow({ where: { submissionId: submission.id } });
    expect(delivery).toMatchObject({ status: "dead", nextAttemptAt: null, attemptCount: 1 });
    expect(receiver.received).toHaveLength(0);
    // Nothing retries it later, even once the network is allowed: a handler replays it deliberately.
    await prisma.deliveryAllowlistEntry.create({
      data: { organizationId: org.organization.id, cidr: "127.0.0.0/8" },
    });
    advanceClock(3_600_000);
    await dispatchDueDeliveries();
    expect(receiver.received).toHaveLength(0);
  });

  it("refuses at save a webhook address the organisation has not allowed, and a network the operator does not offer", async () => {
    const actor = { userId: null, email: "omistaja@kunta.example", ip: null };
    const input = ZCreateTarget.parse({ kind: "webhook", name: "Sisäinen", url: receiver.url });
    await expect(createTarget(org.organization.id, input, actor)).rejects.toMatchObject({
      code: "ADDRESS_NOT_ALLOWED",
    });
    const metadata = ZCreateTarget.parse({
      kind: "webhook",
      name: "M",
      url: "https://169.254.169.254/latest",
    });
    await expect(createTarget(org.organization.id, metadata, actor)).rejects.toMatchObject({
      code: "ADDRESS_NOT_ALLOWED",
    });
    await expect(addAllowlistEntry(org.organization.id, { cidr: "0.0.0.0/0" }, actor)).rejects.toMatchObject({
      code: "NETWORK_NOT_OFFERED",
    });
    const prisma = getPrisma();
    expect(await prisma.deliveryTarget.count({ where: { organizationId: org.organization.id } })).toBe(0);
    expect(
      await prisma.deliveryAllowlistEntry.count({ where: { organizationId: org.organization.id } }),
    ).toBe(0);
    await addAllowlistEntry(org.organization.id, { cidr: "127.0.0.1/32" }, actor);
    await expect(createTarget(org.organization.id, input, actor)).resolves.toMatchObject({
      id: expect.any(String),
    });
  });

  it("signs with both secrets during a rotation, so receivers on either secret verify", async () => {
    const created = await createWebhookTarget(org, receiver.url);
    const prisma = getPrisma();
    const { secrets, newSecret } = rotateSecrets(readWebhookSecrets(readTargetSecrets(created.target)));
    await prisma.deliveryTarget.update({
      where: { id: created.target.id },
      data: { secretsEncrypted: encryptTargetSecrets(created.target.id, secrets) },
    });
    secret = created.secret; // the receiver still has the old secret
    await retrieveOne();
    await dispatchDueDeliveries();
    expect(receiver.received[0]!.isValid).toBe(true);
    expect(() => new Webhook(newSecret)).not.toThrow();
    expect(newSecret).not.toBe(created.secret);
  });

  it("delivers only the forms a target names, and refuses another organisation's form", async () => {
    const prisma = getPrisma();
    const otherForm = await prisma.form.create({
      data: { organizationId: org.organization.id, slug: "toinen", status: "live" },
    });
    const actor = { userId: null, email: "omistaja@kunta.example", ip: null };
    // As the admin form posts it: one "form:<id>" checkbox per chosen form.
    const input = ZCreateTarget.parse({
      kind: "webhook",
      name: "Vain toinen",
      url: receiver.url,
      [`form:${otherForm.id}`]: "on",
    });
    expect(input.formIds).toEqual([otherForm.id]);
    await prisma.deliveryAllowlistEntry.create({
      data: { organizationId: org.organization.id, cidr: "127.0.0.1/32" },
    });
    const created = await createTarget(org.organization.id, input, actor);
    if (!created.ok) throw new Error(created.code);
    secret = created.secret!;
    const first = await retrieveOne();
    expect(await prisma.delivery.count({ where: { submissionId: first.submission.id } })).toBe(0);

    const stranger = await createTestOrganisation(sandbox);
    await expect(
      setTargetForms(org.organization.id, created.id, [stranger.form.id], actor),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await setTargetForms(org.organization.id, created.id, [org.form.id, otherForm.id], actor);
    const second = await retrieveOne();
    await dispatchDueDeliveries();
    expect(receiver.received.map((r) => (r.payload.submission as { reference: string }).reference)).toEqual([
      second.reference,
    ]);
    expect(receiver.received[0]!.isValid).toBe(true);
  });

  it("runs the registered jobs in a worker: a queued poll ends in a delivered webhook", async () => {
    secret = (await createWebhookTarget(org, receiver.url)).secret;
    const created = await createTestSubmission(org, { subject: "Työntekijä" });
    await sendAsCitizen(sandbox, created.messageText);
    // Connections of earlier tests point at sandboxes that are gone; the worker's scheduled polls would try them.
    await getPrisma().suomifiConnection.updateMany({
      where: { isActive: true, NOT: { id: org.connection.id } },
      data: { isActive: false },
    });
    const worker = await runWorker(JOB_REGISTRY);
    try {
      await sendJob(pollConnectionJob, { connectionId: org.connection.id });
      const deadline = Date.now() + 20_000;
      while (receiver.received.length === 0 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 200));
      expect(receiver.received).toHaveLength(1);
      expect((receiver.received[0]!.payload.submission as { reference: string }).reference).toBe(
        created.reference,
      );
    } finally {
      await worker.stop();
    }
  });
});
