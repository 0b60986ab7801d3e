// Threads through the sandbox: a citizen's reply to the receipt lands on its submission as a reply (never as
// the same form again), a message that only names a reference mentions it, and an unknown thread is kept.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetClock } from "@/lib/clock";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import {
  createTestOrganisation,
  createTestSubmission,
  sendAsCitizen,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { readSubmissionThread } from "@/lib/inbox/read-submission-thread";
import { replyToInboxMessage } from "@/lib/inbox/reply-to-inbox-message";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { receiptExternalId } from "@/lib/retrieval/sent-message-ids";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

let sandbox: TTestSandbox;
let org: TTestOrganisation;
const fast = { clientOverrides: { retry: { attempts: 3, baseDelayMs: 1 } } };

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await stopJobQueue();
  await sandbox?.close();
  await disconnectPrisma();
});
beforeEach(async () => {
  await sandbox.control("POST", "reset");
  org = await createTestOrganisation(sandbox);
});
afterEach(() => resetClock());

type TSent = { messageId: number; externalId: string; inReplyToMessageId: number | null };

async function replyAsCitizen(inReplyToMessageId: number, body: string, title = "Re: Kiitos") {
  const { messageIds } = await sandbox.control<{ messageIds: number[] }>("POST", "citizen-messages", {
    personId: "010280-952L",
    serviceId: sandbox.serviceId,
    title,
    body,
    inReplyToMessageId,
    attachments: [{ filename: "liite.txt", contentBase64: Buffer.from("lisätieto").toString("base64") }],
  });
  return messageIds[0]!;
}

describe("threads", () => {
  it("puts a reply to the receipt on its submission with its attachment, not as a duplicate", async () => {
    const { submission, messageText, reference } = await createTestSubmission(org, { subject: "Katuvalo" });
    await sendAsCitizen(sandbox, messageText);
    await pollConnection(org.connection.id, fast);
    const prisma = getPrisma();
    const sentRow = await prisma.sentMessage.findFirstOrThrow({ where: { submissionId: submission.id } });
    expect(sentRow).toMatchObject({ kind: "receipt", externalId: receiptExternalId(submission.id) });

    const { messages } = await sandbox.control<{ messages: TSent[] }>("GET", "sent-messages");
    const receipt = messages.find((m) => m.externalId === receiptExternalId(submission.id))!;
    expect(sentRow.suomifiMessageId).toBe(BigInt(receipt.messageId));
    // The citizen quotes the reference too: the thread decides, not the text.
    await replyAsCitizen(receipt.messageId, `Lisään vielä kuvan. ${reference}`);
    const result = await pollConnection(org.connection.id, fast);
    expect(result).toMatchObject({ isSkipped: false, fetched: 1, failed: 0 });

    const rows = await prisma.retrievedMessage.findMany({
      where: { submissionId: submission.id },
      include: { attachments: true },
      orderBy: { sequence: "asc" },
    });
    expect(rows.map((row) => row.match)).toEqual(["matched", "reply"]);
    expect(rows[1]!.attachments.map((a) => a.filename)).toEqual(["liite.txt"]);
    expect(rows[1]!.receiptStatus).toBe("not_applicable");
    const events = await prisma.submissionEvent.findMany({
      where: { submissionId: submission.id },
      orderBy: { createdAt: "asc" },
    });
    const types = events.map((event) => event.type);
    expect(types).toContain("reply_received");
    expect(types).not.toContain("retrieved_duplicate");
    expect(events.find((event) => event.type === "reply_received")!.details).toMatchObject({
      retrievedMessageId: rows[1]!.id,
      attachments: 1,
    });
    // No second receipt for a reply.
    expect((await sandbox.control<{ messages: TSent[] }>("GET", "sent-messages")).messages).toHaveLength(1);

    // The submission's page shows the reply; the handler answers it there, in the citizen's thread.
    const actor = { email: "kasittelija@example.fi" };
    const thread = await readSubmissionThread(org.organization.id, submission.id, actor);
    expect(thread.entries.map((entry) => entry.kind)).toEqual(["citizen"]);
    expect(thread.entries[0]).toMatchObject({
      senderName: "Testilä Tessa",
      text: { title: "Re: Kiitos", body: `Lisään vielä kuvan. ${reference}` },
      attachments: [{ filename: "liite.txt" }],
    });
    const answer = await replyToInboxMessage(
      org.organization.id,
      {
        messageId: thread.replyToMessageId!,
        replyId: crypto.randomUUID(),
        body: "Kiitos kuvasta.",
        isReplyAllowed: true,
      },
      actor,
      fast.clientOverrides,
    );
    const sent = (await sandbox.control<{ messages: TSent[] }>("GET", "sent-messages")).messages;
    expect(sent.find((m) => m.messageId === answer.suomifiMessageId)?.inReplyToMessageId).toBe(
      Number(rows[1]!.suomifiMessageId),
    );
    // …and the citizen's reply to that answer lands on the same submission.
    await replyAsCitizen(answer.suomifiMessageId, "Ole hyvä");
    await pollConnection(org.connection.id, fast);
    const after = await readSubmissionThread(org.organization.id, submission.id, actor);
    expect(after.entries.map((entry) => entry.kind)).toEqual(["citizen", "answer", "citizen"]);
    // Quoting its own submission's reference does not make a reply a mention.
    expect(after.mentions).toEqual([]);
  });

  it("falls back to the reference for the form itself when its thread data names nothing Lomake knows", async () => {
    const { submission, messageText } = await createTestSubmission(org, { subject: "Ketjussa" });
    const stray = await sendAsCitizen(sandbox, "Jotain muuta");
    await pollConnection(org.connection.id, fast);
    // Lomake no longer knows the thread's root: the form sent in that thread is placed by its reference.
    await getPrisma().retrievedMessage.deleteMany({
      where: { connectionId: org.connection.id, suomifiMessageId: BigInt(stray) },
    });
    await replyAsCitizen(stray, messageText, "Palaute");
    await pollConnection(org.connection.id, fast);
    const rows = await getPrisma().retrievedMessage.findMany({
      where: { connectionId: org.connection.id, submissionId: submission.id },
    });
    // Held, not matched: the test's reply carries a file the snapshot does not have; either way it is the form.
    expect(rows.map((row) => row.match)).toEqual(["held"]);
  });

  it("links a new message that names a reference as a mention, and keeps an unknown thread with its reason", async () => {
    const { submission, messageText, reference } = await createTestSubmission(org, { subject: "Kuoppa" });
    await sendAsCitizen(sandbox, messageText);
    await sendAsCitizen(sandbox, `Kysyn asiastani ${reference}, milloin se käsitellään?`);
    await pollConnection(org.connection.id, fast);
    const prisma = getPrisma();
    const mention = await prisma.retrievedMessage.findFirstOrThrow({
      where: { connectionId: org.connection.id, match: "mention" },
    });
    expect(mention).toMatchObject({
      mentionedSubmissionId: submission.id,
      submissionId: null,
      inboxState: "new",
    });
    const types = (await prisma.submissionEvent.findMany({ where: { submissionId: submission.id } })).map(
      (event) => event.type,
    );
    expect(types).toContain("message_mentioned");
    expect(types).not.toContain("retrieved_duplicate");

    // A citizen's own new message starts a thread; a reply in it joins that inbox message.
    const first = await sendAsCitizen(sandbox, "Ensimmäinen");
    await pollConnection(org.connection.id, fast);
    const started = await prisma.retrievedMessage.findFirstOrThrow({
      where: { connectionId: org.connection.id, suomifiMessageId: BigInt(first) },
    });
    expect(started).toMatchObject({ match: "unmatched", problem: null });
    await replyAsCitizen(first, "Jatkan");
    await pollConnection(org.connection.id, fast);
    const joined = await prisma.retrievedMessage.findFirstOrThrow({
      where: { connectionId: org.connection.id, match: "reply" },
    });
    expect(joined).toMatchObject({ inReplyToRetrievedId: started.id, submissionId: null, inboxState: "new" });

    // A thread Lomake knows nothing of (here: its first message is gone) is kept, with the reason.
    await prisma.retrievedMessage.deleteMany({ where: { id: { in: [started.id, joined.id] } } });
    await replyAsCitizen(first, "Vielä");
    await pollConnection(org.connection.id, fast);
    const orphan = await prisma.retrievedMessage.findFirstOrThrow({
      where: { connectionId: org.connection.id, problem: { not: null } },
    });
    expect(orphan).toMatchObject({ match: "unmatched", problem: "thread-not-found", inboxState: "new" });
  });

  it("keeps a message with a file of a type Suomi.fi does not allow whole, with the reason", async () => {
    const { messageIds } = await sandbox.control<{ messageIds: number[] }>("POST", "citizen-messages", {
      personId: "010280-952L",
      serviceId: sandbox.serviceId,
      title: "Ohjelma",
      body: "Tässä ohjelma, jolla hakemus täytetään.",
      attachments: [{ filename: "ohjelma.exe", contentBase64: Buffer.from("MZ").toString("base64") }],
    });
    await pollConnection(org.connection.id, fast);
    const row = await getPrisma().retrievedMessage.findFirstOrThrow({
      where: { connectionId: org.connection.id, suomifiMessageId: BigInt(messageIds[0]!) },
      include: { attachments: true },
    });
    expect(row).toMatchObject({ match: "unmatched", problem: "attachment-unknown-type", inboxState: "new" });
    expect(row.attachments.map((a) => a.filename)).toEqual(["ohjelma.exe"]);
  });
});
