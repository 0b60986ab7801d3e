// The inbox through the sandbox: a new message from a test person is listed (henkilötunnus masked), opened
// (audit-logged), assigned, noted, answered in the citizen's thread (once, however often the form is sent) and
// marked handled; a message that could not be read is listed with its reason.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { advanceClock, resetClock } from "@/lib/clock";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import {
  createTestOrganisation,
  createTestSubmission,
  sendAsCitizen,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { listInbox } from "@/lib/inbox/list-inbox";
import { readInboxMessage } from "@/lib/inbox/read-inbox-message";
import { replyToInboxMessage } from "@/lib/inbox/reply-to-inbox-message";
import {
  addInboxNote,
  assignInboxMessage,
  attachInboxMessage,
  markInboxMessageHandled,
} from "@/lib/inbox/update-inbox-message";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { purgeUnmatchedMessages } from "@/lib/retention/purge-personal-data";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

let sandbox: TTestSandbox;
let org: TTestOrganisation;
let actor: { userId: string; email: string };
const fast = { clientOverrides: { retry: { attempts: 2, baseDelayMs: 1 } } };

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
  const prisma = getPrisma();
  const email = `kasittelija-${crypto.randomUUID()}@example.fi`;
  const user = await prisma.user.create({ data: { email, name: "Käsittelijä Kaisa" } });
  await prisma.membership.create({
    data: { organizationId: org.organization.id, userId: user.id, role: "handler" },
  });
  actor = { userId: user.id, email };
});
afterEach(() => resetClock());

describe("the inbox", () => {
  it("lists, opens (audit-logged), assigns, answers in the thread and marks handled", async () => {
    await sendAsCitizen(sandbox, "Milloin kirjasto aukeaa?", {
      attachments: [{ filename: "kuva.txt", content: Buffer.from("kuva") }],
    });
    await pollConnection(org.connection.id, fast);
    const organizationId = org.organization.id;
    const listed = await listInbox(organizationId, { state: "open" });
    expect(listed.items).toHaveLength(1);
    const item = listed.items[0]!;
    expect(item).toMatchObject({
      senderName: "Testilä Tessa",
      senderIdMasked: "010280-****",
      subject: "Palaute",
      attachments: 1,
      state: "new",
      service: "Lomake demo",
    });
    expect(JSON.stringify(listed)).not.toContain("952L");

    const opened = await readInboxMessage(organizationId, item.id, actor);
    expect(opened.sender).toEqual({ id: "010280-952L", name: "Testilä Tessa" });
    expect(opened.content?.body).toBe("Milloin kirjasto aukeaa?");
    const audit = await getPrisma().auditEvent.findMany({
      where: { organizationId, action: "inbox.message_read", objectId: item.id },
    });
    expect(audit.map((event) => event.actorUserId)).toEqual([actor.userId]);

    await assignInboxMessage(organizationId, { messageId: item.id, userId: actor.userId }, actor);
    await addInboxNote(organizationId, { messageId: item.id, note: "Soitan huomenna" }, actor);
    const replyId = crypto.randomUUID();
    const reply = { messageId: item.id, replyId, body: "Kirjasto aukeaa klo 9.\r\n", isReplyAllowed: true };
    const first = await replyToInboxMessage(organizationId, reply, actor, fast.clientOverrides);
    // The same form sent twice: one message at Suomi.fi.
    const second = await replyToInboxMessage(organizationId, reply, actor, fast.clientOverrides);
    expect(second).toEqual({ suomifiMessageId: first.suomifiMessageId, isAlreadySent: true });
    const { messages } = await sandbox.control<{
      messages: { messageId: number; inReplyToMessageId: number | null; recipientId: string }[];
    }>("GET", "sent-messages");
    const [sent] = messages.filter((m) => m.messageId === first.suomifiMessageId);
    expect(messages.filter((m) => m.messageId === first.suomifiMessageId)).toHaveLength(1);
    const original = await getPrisma().retrievedMessage.findUniqueOrThrow({ where: { id: item.id } });
    expect(sent).toMatchObject({
      inReplyToMessageId: Number(original.suomifiMessageId),
      recipientId: "010280-952L",
    });

    await markInboxMessageHandled(organizationId, { messageId: item.id }, actor);
    const after = await readInboxMessage(organizationId, item.id, actor);
    expect(after).toMatchObject({
      state: "handled",
      assignedTo: "Käsittelijä Kaisa",
      handledBy: "Käsittelijä Kaisa",
    });
    expect(after.notes.map((note) => note.text)).toEqual(["Soitan huomenna"]);
    expect(after.conversation.map((entry) => entry.kind)).toEqual(["citizen", "answer"]);
    expect((await listInbox(organizationId, { state: "open" })).items).toHaveLength(0);
    expect((await listInbox(organizationId, { state: "handled" })).items).toHaveLength(1);

    // The citizen answers the handler's reply: it joins this inbox thread.
    await sandbox.control("POST", "citizen-messages", {
      personId: "010280-952L",
      serviceId: sandbox.serviceId,
      title: "Re: Palaute",
      body: "Kiitos!",
      inReplyToMessageId: first.suomifiMessageId,
    });
    await pollConnection(org.connection.id, fast);
    const joined = await getPrisma().retrievedMessage.findFirstOrThrow({
      where: { connectionId: org.connection.id, match: "reply" },
    });
    expect(joined.inReplyToRetrievedId).toBe(item.id);

    // Retention removes the message's contents, and with them the notes and the answer's text.
    advanceClock(400 * 86_400_000);
    await purgeUnmatchedMessages();
    const prisma = getPrisma();
    expect(await prisma.inboxNote.count({ where: { retrievedMessageId: item.id } })).toBe(0);
    const answers = await prisma.sentMessage.findMany({ where: { retrievedMessageId: item.id } });
    expect(answers.map((answer) => answer.contentEncrypted)).toEqual([null]);
  });

  it("refuses a reply over 4000 characters, attaches a message to a submission, and shows unreadable messages", async () => {
    const { submission, reference } = await createTestSubmission(org, { subject: "Valo" });
    await sendAsCitizen(sandbox, "Kysymys ilman viitettä");
    await pollConnection(org.connection.id, fast);
    const organizationId = org.organization.id;
    const [item] = (await listInbox(organizationId, { state: "open" })).items;
    await expect(
      replyToInboxMessage(
        organizationId,
        { messageId: item!.id, replyId: crypto.randomUUID(), body: "å".repeat(4001), isReplyAllowed: false },
        actor,
      ),
    ).rejects.toMatchObject({ code: "inboxReplyTooLong" });
    await attachInboxMessage(organizationId, { messageId: item!.id, reference }, actor);
    const events = await getPrisma().submissionEvent.findMany({ where: { submissionId: submission.id } });
    expect(events.map((event) => event.type)).toContain("message_attached");

    // A message Suomi.fi lists but will not serve: listed with the reason, never lost.
    await sandbox.control("POST", "faults", { endpoint: "GET /v2/messages/{messageId}", status: 404 });
    await sendAsCitizen(sandbox, "Tätä ei voi lukea");
    await pollConnection(org.connection.id, fast);
    const { unreadable } = await listInbox(organizationId, { state: "open" });
    expect(unreadable).toHaveLength(1);
    expect(unreadable[0]!.reason).toContain("404");
  });
});
