// A clock that steps back (an NTP correction, a restored VM snapshot, a test's LOMAKE_CLOCK_OFFSET_MS removed)
// must not leave work waiting for a stored time the clock went back past: a message to fetch again, a receipt to
// send again and a delivery to retry all go out on the earlier clock.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetClock, setClock } from "@/lib/clock";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { dispatchDueDeliveries } from "@/lib/delivery/dispatch-due-deliveries";
import {
  createTestOrganisation,
  createTestSubmission,
  createWebhookTarget,
  sendAsCitizen,
  startWebhookReceiver,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

let sandbox: TTestSandbox;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let secret = "";
let org: TTestOrganisation;
const fast = { clientOverrides: { retry: { attempts: 1, baseDelayMs: 1 } } };
const REAL = new Date("2026-11-23T09:00:00Z");
const AHEAD = new Date(REAL.getTime() + 3 * 24 * 3_600_000);

beforeAll(async () => {
  sandbox = await startTestSandbox();
  receiver = await startWebhookReceiver(() => secret);
  org = await createTestOrganisation(sandbox);
  secret = (await createWebhookTarget(org, receiver.url)).secret;
});
afterAll(async () => {
  resetClock();
  await receiver?.close();
  await sandbox?.close();
  await disconnectPrisma();
});

describe("a clock that steps back", () => {
  it("never leaves a fetch, a receipt or a delivery waiting for the time it went back past", async () => {
    const prisma = getPrisma();
    const first = await createTestSubmission(org, { subject: "Haettava uudelleen" });
    await sendAsCitizen(sandbox, first.messageText);

    // Three days ahead, everything fails once and is scheduled for a retry on that clock.
    setClock(AHEAD);
    await sandbox.control("POST", "faults", {
      endpoint: "GET /v2/messages/{messageId}",
      status: 503,
      times: 1,
    });
    await pollConnection(org.connection.id, fast);
    const failedEvent = await prisma.retrievalEvent.findFirstOrThrow({
      where: { connectionId: org.connection.id, messageId: { not: null }, processedAt: null },
    });
    expect(failedEvent.nextTryAt!.getTime()).toBeGreaterThan(AHEAD.getTime());

    await sandbox.control("POST", "faults", {
      endpoint: "POST /v2/messages/electronic",
      status: 503,
      times: 1,
    });
    receiver.state.failWith = 503;
    setClock(new Date(AHEAD.getTime() + 60_000)); // past the fetch's retry time
    await pollConnection(org.connection.id, fast); // fetched now; its receipt fails once
    await dispatchDueDeliveries();
    const message = await prisma.retrievedMessage.findFirstOrThrow({
      where: { submissionId: first.submission.id },
    });
    expect(message.receiptStatus).toBe("pending");
    expect(message.receiptNextTryAt!.getTime()).toBeGreaterThan(AHEAD.getTime());
    const delivery = await prisma.delivery.findFirstOrThrow({ where: { submissionId: first.submission.id } });
    expect(delivery).toMatchObject({ status: "pending" });
    expect(delivery.nextAttemptAt!.getTime()).toBeGreaterThan(AHEAD.getTime());

    // A second message fails to fetch on the forward clock too.
    const second = await createTestSubmission(org, { subject: "Toinen" });
    await sendAsCitizen(sandbox, second.messageText);
    await sandbox.control("POST", "faults", {
      endpoint: "GET /v2/messages/{messageId}",
      status: 503,
      times: 1,
    });
    await pollConnection(org.connection.id, fast);
    expect(await prisma.retrievedMessage.count({ where: { submissionId: second.submission.id } })).toBe(0);

    // Back to the real time: all of it goes out now, not in three days.
    receiver.state.failWith = null;
    await sandbox.control("DELETE", "faults");
    setClock(REAL);
    await pollConnection(org.connection.id, fast);
    await dispatchDueDeliveries();
    expect(await prisma.retrievedMessage.count({ where: { submissionId: second.submission.id } })).toBe(1);
    const retried = await prisma.retrievedMessage.findFirstOrThrow({
      where: { submissionId: first.submission.id },
    });
    expect(retried.receiptStatus).toBe("sent");
    const delivered = receiver.received.filter((request) => request.isValid);
    expect(delivered.map((request) => (request.payload.submission as { id: string }).id).sort()).toEqual(
      [first.submission.id, second.submission.id].sort(),
    );
  });
});
