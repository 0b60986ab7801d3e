// The retrieval job against the sandbox: paging, replay, crashes, faults, matching, integrity and receipts,
// ending in webhook deliveries to a local receiver that verifies the signatures.
import { senderNameHashes } from "@/lib/submissions/sender-search";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { advanceClock, resetClock, setClock } from "@/lib/clock";
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
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { receiptExternalId } from "@/lib/retrieval/sent-message-ids";
import { henkilotunnusHash } from "@/lib/security/person-id-hashes";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

let sandbox: TTestSandbox;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let secret = "";
let org: TTestOrganisation;
const fast = { clientOverrides: { retry: { attempts: 3, baseDelayMs: 1 } } };

beforeAll(async () => {
  sandbox = await startTestSandbox({ pageSize: 2 });
  receiver = await startWebhookReceiver(() => secret);
});
afterAll(async () => {
  await stopJobQueue(); // a no-op unless a test queued a job; an open pg-boss pool keeps vitest from exiting
  await receiver?.close();
  await sandbox?.close();
  await disconnectPrisma();
});
beforeEach(async () => {
  await sandbox.control("POST", "reset");
  await sandbox.control("PUT", "settings", { pageSize: 2 });
  setClock(new Date("2026-11-23T09:00:00Z"), { isFrozen: false });
  receiver.received.length = 0;
  receiver.state.failWith = null;
  org = await createTestOrganisation(sandbox);
  const created = await createWebhookTarget(org, receiver.url);
  secret = created.secret;
});
afterEach(() => resetClock());

async function submitThree() {
  const submissions = [];
  for (const subject of ["Katuvalo rikki", "Kuoppa tiessä", "Roska-astia täynnä"]) {
    const created = await createTestSubmission(org, { subject });
    await sendAsCitizen(sandbox, created.messageText);
    submissions.push(created);
  }
  return submissions;
}

async function deliveredSubjects(): Promise<string[]> {
  return receiver.received
    .filter((r) => r.isValid && r.payload.type === "submission.received")
    .map((r) => (r.payload.answers as { values: { subject: string } }).values.subject)
    .sort();
}

const isEqual = (a: string[], b: string[]) => JSON.stringify(a) === JSON.stringify(b) && a.length > 0;

describe("retrieval and delivery", () => {
  it("retrieves every message page by page, sends receipts and delivers each submission once", async () => {
    const submissions = await submitThree();
    await sendAsCitizen(sandbox, "Vapaamuotoinen kysymys ilman viitettä");
    const result = await pollConnection(org.connection.id, fast);
    expect(result).toMatchObject({ isSkipped: false, fetched: 4, failed: 0 });
    expect(result.isSkipped === false && result.pages).toBeGreaterThanOrEqual(3);

    const prisma = getPrisma();
    const messages = await prisma.retrievedMessage.findMany({ where: { connectionId: org.connection.id } });
    expect(messages.map((m) => m.match).sort()).toEqual(["matched", "matched", "matched", "unmatched"]);
    const rows = await prisma.submission.findMany({
      where: { id: { in: submissions.map((s) => s.submission.id) } },
    });
    expect(rows.every((row) => row.status === "retrieved" && row.senderIdHash)).toBe(true);
    // The work view finds them by the sender's name ("Testilä Tessa" in the sandbox), stored only as hashes.
    expect(rows.every((row) => isEqual(row.senderNameHashes, senderNameHashes("Tessa Testilä")))).toBe(true);

    const { messages: sent } = await sandbox.control<{
      messages: {
        externalId: string;
        recipientId: string;
        inReplyToMessageId: number | null;
        title: string;
      }[];
    }>("GET", "sent-messages");
    expect(sent.map((m) => m.externalId).sort()).toEqual(
      submissions.map((s) => receiptExternalId(s.submission.id)).sort(),
    );
    expect(sent.every((m) => m.recipientId === "010280-952L" && m.title === "Kiitos: Palaute")).toBe(true);

    await dispatchDueDeliveries();
    expect(await deliveredSubjects()).toEqual(["Katuvalo rikki", "Kuoppa tiessä", "Roska-astia täynnä"]);
    // The free-form message reaches the target too, as a message of its own.
    expect(receiver.received.map((r) => r.payload.type).sort()).toEqual([
      "message.received",
      "submission.received",
      "submission.received",
      "submission.received",
    ]);
    const first = receiver.received.find((r) => r.payload.type === "submission.received")!.payload as {
      type: string;
      payloadVersion: number;
      sender: { name: string; personalIdentityCode: string };
      submission: { integrity: { status: string } };
    };
    expect(first).toMatchObject({
      type: "submission.received",
      payloadVersion: 1,
      sender: { name: "Testilä Tessa", personalIdentityCode: "010280-952L" },
      submission: { integrity: { status: "valid" } },
    });
    expect(
      (
        await prisma.submission.findMany({ where: { id: { in: submissions.map((s) => s.submission.id) } } })
      ).map((s) => s.status),
    ).toEqual(["delivered", "delivered", "delivered"]);

    // Running everything again changes nothing.
    await pollConnection(org.connection.id, fast);
    await dispatchDueDeliveries();
    expect(receiver.received).toHaveLength(4);
    expect((await sandbox.control<{ messages: unknown[] }>("GET", "sent-messages")).messages).toHaveLength(3);
  });

  it("holds a post whose text was changed on the way, with the findings, and delivers nothing", async () => {
    const { submission, messageText } = await createTestSubmission(org, { subject: "Alkuperäinen" });
    await sendAsCitizen(sandbox, messageText.replace("Aihe: Alkuperäinen", "Aihe: Muutettu"));
    await pollConnection(org.connection.id, fast);
    const prisma = getPrisma();
    const message = await prisma.retrievedMessage.findFirstOrThrow({
      where: { submissionId: submission.id },
    });
    expect(message.match).toBe("held");
    expect(message.integrityFindings).toEqual(
      expect.arrayContaining(["code-does-not-verify", "text-differs-from-snapshot"]),
    );
    expect((await prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).status).toBe("held");
    await dispatchDueDeliveries();
    expect(receiver.received).toHaveLength(0);
  });

  it("holds a post sent by someone else than the person identified while filling, and delivers nothing", async () => {
    const prisma = getPrisma();
    const other = await createTestSubmission(org, { subject: "Tunnistettu Joni" });
    await prisma.submission.update({
      where: { id: other.submission.id },
      data: { identifiedPersonIdHash: henkilotunnusHash("010469-999W") },
    });
    await sendAsCitizen(sandbox, other.messageText, { personId: "010280-952L" });
    const same = await createTestSubmission(org, { subject: "Tunnistettu Tessa" });
    await prisma.submission.update({
      where: { id: same.submission.id },
      data: { identifiedPersonIdHash: henkilotunnusHash("010280-952L") },
    });
    await sendAsCitizen(sandbox, same.messageText, { personId: "010280-952L" });
    await pollConnection(org.connection.id, fast);
    const held = await prisma.retrievedMessage.findFirstOrThrow({
      where: { submissionId: other.submission.id },
    });
    expect(held.match).toBe("held");
    expect(held.integrityFindings).toEqual(["sender-not-identified-person"]);
    const matched = await prisma.retrievedMessage.findFirstOrThrow({
      where: { submissionId: same.submission.id },
    });
    expect(matched.match).toBe("matched");
    await dispatchDueDeliveries();
    expect(await deliveredSubjects()).toEqual(["Tunnistettu Tessa"]);
  });

  it("survives 5xx bursts and a token that expires mid-run", async () => {
    const submissions = await submitThree();
    await sandbox.control("POST", "faults", { endpoint: "GET /v2/events", status: 503, times: 2 });
    await sandbox.control("POST", "faults", {
      endpoint: "GET /v2/messages/{messageId}",
      status: 500,
      times: 4,
    });
    let pagesSeen = 0;
    const first = await pollConnection(org.connection.id, {
      ...fast,
      beforeCommit: async () => {
        pagesSeen += 1;
        // Every token expires on the sandbox clock while this run still holds one.
        if (pagesSeen === 1) await sandbox.control("POST", "clock/advance", { seconds: 3700 });
      },
    });
    expect(first).toMatchObject({ isSkipped: false, failed: 1 });
    advanceClock(10 * 60_000); // the failed event is due again
    await pollConnection(org.connection.id, fast);
    await dispatchDueDeliveries();
    expect(await deliveredSubjects()).toEqual(submissions.map((s) => s.subject).sort());
    const calls = await getPrisma().externalCall.findMany({ where: { organizationId: org.organization.id } });
    expect(calls.some((c) => c.status === 503 && c.endpoint === "/v2/events")).toBe(true);
    expect(calls.some((c) => c.status === 401)).toBe(true);
  });

  it("changes nothing when the same page is served twice", async () => {
    await submitThree();
    const prisma = getPrisma();
    await pollConnection(org.connection.id, fast);
    await pollConnection(org.connection.id, fast); // the receipts' own events
    const eventsBefore = await prisma.retrievalEvent.count({ where: { connectionId: org.connection.id } });
    // Suomi.fi serves the pages again from the start (as after a lost token).
    await prisma.retrievalCursor.update({
      where: { connectionId: org.connection.id },
      data: { continuationToken: null },
    });
    await pollConnection(org.connection.id, fast);
    expect(await prisma.retrievalEvent.count({ where: { connectionId: org.connection.id } })).toBe(
      eventsBefore,
    );
    expect(await prisma.retrievedMessage.count({ where: { connectionId: org.connection.id } })).toBe(3);
    await dispatchDueDeliveries();
    expect(receiver.received).toHaveLength(3);
  });

  it("recovers when a worker dies between fetching a page and committing it", async () => {
    const submissions = await submitThree();
    let pagesSeen = 0;
    await expect(
      pollConnection(org.connection.id, {
        ...fast,
        beforeCommit: async () => {
          pagesSeen += 1;
          if (pagesSeen === 2) throw new Error("worker killed");
        },
      }),
    ).rejects.toThrow("worker killed");
    await pollConnection(org.connection.id, fast);
    await dispatchDueDeliveries();
    expect(await deliveredSubjects()).toEqual(submissions.map((s) => s.subject).sort());
    expect(await getPrisma().retrievedMessage.count({ where: { connectionId: org.connection.id } })).toBe(3);
  });

  it("lets only one of two workers poll a connection, and delivers once when two dispatch at once", async () => {
    await submitThree();
    const results = await Promise.all([
      pollConnection(org.connection.id, fast),
      pollConnection(org.connection.id, fast),
    ]);
    expect(results.filter((r) => r.isSkipped)).toHaveLength(1);
    await Promise.all([dispatchDueDeliveries(), dispatchDueDeliveries(), dispatchDueDeliveries()]);
    expect(receiver.received).toHaveLength(3);
  });
});
