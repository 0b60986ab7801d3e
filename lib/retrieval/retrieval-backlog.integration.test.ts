// A backlog (thousands of forms sent at a deadline) must drain without waiting for the next scheduled run:
// receipts page past the first page, the dispatcher says when more are due, and a poll announces each batch of
// released submissions so delivery can start while retrieval goes on.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { advanceClock, resetClock, setClock } from "@/lib/clock";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { dispatchDueDeliveries } from "@/lib/delivery/dispatch-due-deliveries";
import {
  cancelDueDeliveries,
  createTestOrganisation,
  createTestSubmission,
  createWebhookTarget,
  sendAsCitizen,
  startWebhookReceiver,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { createConnectionRestClient } from "@/lib/retrieval/connection-rest-client";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { withAdvisoryLock } from "@/lib/jobs/with-advisory-lock";
import { receiptsLockName, sendConnectionReceipts, sendDueReceipts } from "@/lib/retrieval/send-receipt";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

let sandbox: TTestSandbox;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let secret = "";
let org: TTestOrganisation;
const fast = { clientOverrides: { retry: { attempts: 1, baseDelayMs: 1 } } };

beforeAll(async () => {
  sandbox = await startTestSandbox({ pageSize: 2 });
  receiver = await startWebhookReceiver(() => secret);
});
afterAll(async () => {
  await receiver?.close();
  await sandbox?.close();
  await disconnectPrisma();
});
beforeEach(async () => {
  await sandbox.control("POST", "reset");
  await sandbox.control("PUT", "settings", { pageSize: 2 });
  setClock(new Date("2026-11-23T09:00:00Z"), { isFrozen: false });
  receiver.received.length = 0;
  await cancelDueDeliveries();
  org = await createTestOrganisation(sandbox);
  secret = (await createWebhookTarget(org, receiver.url)).secret;
});
afterEach(() => {
  resetClock();
});

async function sendThree(): Promise<string[]> {
  const ids: string[] = [];
  for (const subject of ["Katuvalo rikki", "Kuoppa tiessä", "Roska-astia täynnä"]) {
    const created = await createTestSubmission(org, { subject });
    await sendAsCitizen(sandbox, created.messageText);
    ids.push(created.submission.id);
  }
  return ids;
}

describe("draining a backlog", () => {
  it("sends every due receipt in one call, page after page", async () => {
    await sandbox.control("POST", "faults", { endpoint: "POST /v2/messages/electronic", status: 503 });
    await sendThree();
    await pollConnection(org.connection.id, fast);
    const prisma = getPrisma();
    const where = { connectionId: org.connection.id };
    expect(await prisma.retrievedMessage.count({ where: { ...where, receiptStatus: "pending" } })).toBe(3);

    await sandbox.control("DELETE", "faults");
    advanceClock(2 * 3_600_000); // every retry is due
    const connection = await prisma.suomifiConnection.findUniqueOrThrow({ where: { id: org.connection.id } });
    const client = createConnectionRestClient(connection, fast.clientOverrides);
    expect(await sendDueReceipts({ connectionId: org.connection.id, client, pageSize: 2 })).toBe(3);
    expect(await prisma.retrievedMessage.count({ where: { ...where, receiptStatus: "sent" } })).toBe(3);
  });

  it("stops at the first receipt Suomi.fi cannot take, leaving the rest of the backlog untouched", async () => {
    await sandbox.control("POST", "faults", { endpoint: "POST /v2/messages/electronic", status: 503 });
    await sendThree();
    await pollConnection(org.connection.id, fast);
    const prisma = getPrisma();
    const rows = await prisma.retrievedMessage.findMany({
      where: { connectionId: org.connection.id },
      orderBy: { sequence: "asc" },
      select: { receiptStatus: true, receiptAttempts: true },
    });
    // One try met the outage; the others did not spend an attempt (nor grow a backoff) on it.
    expect(rows).toEqual([
      { receiptStatus: "pending", receiptAttempts: 1 },
      { receiptStatus: "pending", receiptAttempts: 0 },
      { receiptStatus: "pending", receiptAttempts: 0 },
    ]);
    await sandbox.control("DELETE", "faults");
    const connection = await prisma.suomifiConnection.findUniqueOrThrow({ where: { id: org.connection.id } });
    const client = createConnectionRestClient(connection, fast.clientOverrides);
    // The two untouched are due at once; the one that met the outage waits for its backoff.
    expect(await sendDueReceipts({ connectionId: org.connection.id, client })).toBe(2);
  });

  it("sends a connection's receipts as their own job, one process at a time", async () => {
    await sandbox.control("POST", "faults", { endpoint: "POST /v2/messages/electronic", status: 503 });
    await sendThree();
    await pollConnection(org.connection.id, fast);
    await sandbox.control("DELETE", "faults");
    advanceClock(2 * 3_600_000);
    const lockName = receiptsLockName(org.connection.id);
    const whileLocked = await withAdvisoryLock(lockName, () =>
      sendConnectionReceipts(org.connection.id, fast.clientOverrides),
    );
    expect(whileLocked).toEqual({ isLocked: true, result: { isSkipped: true } });
    expect(await sendConnectionReceipts(org.connection.id, fast.clientOverrides)).toEqual({
      isSkipped: false,
      sent: 3,
    });
    const sent = await getPrisma().retrievedMessage.count({
      where: { connectionId: org.connection.id, receiptStatus: "sent" },
    });
    expect(sent).toBe(3);
  });

  it("tells when it stopped with deliveries still due, and delivers the rest on the next run", async () => {
    await sendThree();
    await pollConnection(org.connection.id, fast);
    const first = await dispatchDueDeliveries({ batchSize: 1, maxBatches: 2 });
    expect(first).toMatchObject({ succeeded: 2, hasMore: true });
    expect(receiver.received).toHaveLength(2);
    const second = await dispatchDueDeliveries({ batchSize: 1, maxBatches: 2 });
    expect(second).toMatchObject({ succeeded: 1, hasMore: false });
    expect(receiver.received).toHaveLength(3);
  });

  it("announces released submissions while polling, before the poll ends", async () => {
    const ids = await sendThree();
    const releasedAtAnnouncement: number[] = [];
    const result = await pollConnection(org.connection.id, {
      ...fast,
      onSubmissionsReleased: async () => {
        releasedAtAnnouncement.push(
          await getPrisma().delivery.count({ where: { submissionId: { in: ids } } }),
        );
      },
    });
    expect(result).toMatchObject({ isSkipped: false, fetched: 3 });
    expect(releasedAtAnnouncement.length).toBeGreaterThanOrEqual(1);
    expect(releasedAtAnnouncement.at(-1)).toBe(3);
  });
});
