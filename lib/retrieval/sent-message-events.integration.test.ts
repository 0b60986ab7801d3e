// What Suomi.fi tells of the messages Lomake sent: each event recorded once on its sent message, also when
// pages and events are read again; a verifiable message confirmed in the sandbox mailbox records
// "Receipt confirmed" (and, as confirming opens it, "Electronic message read").
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import {
  createTestOrganisation,
  createTestSubmission,
  sendAsCitizen,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { sendOutgoingMessage } from "@/lib/outgoing/send-outgoing-message";
import { createConnectionRestClient } from "@/lib/retrieval/connection-rest-client";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

let sandbox: TTestSandbox;
let org: TTestOrganisation;
const fast = { clientOverrides: { retry: { attempts: 3, baseDelayMs: 1 } } };

beforeAll(async () => {
  sandbox = await startTestSandbox({ pageSize: 2 });
});
afterAll(async () => {
  await stopJobQueue();
  await sandbox?.close();
  await disconnectPrisma();
});
beforeEach(async () => {
  await sandbox.control("POST", "reset");
  await sandbox.control("PUT", "settings", { pageSize: 2 });
  org = await createTestOrganisation(sandbox);
});

async function eventTypes(where: { submissionId?: string; id?: string }) {
  const rows = await getPrisma().sentMessageEvent.findMany({
    where: { sentMessage: where },
    orderBy: [{ eventTime: "asc" }, { createdAt: "asc" }],
  });
  // Events of one instant (confirming opens the message) have no order of their own.
  return rows.map((row) => row.type).sort();
}

/** A verifiable message as another part of Lomake would send it, with its sent_message row. */
async function sendVerifiable(personId = "010280-952L") {
  const client = createConnectionRestClient(org.connection, fast.clientOverrides);
  const externalId = `test-verifiable-${crypto.randomUUID()}`;
  const sent = await sendOutgoingMessage(client, {
    organizationId: org.organization.id,
    serviceId: sandbox.serviceId,
    externalId,
    recipient: { id: personId, name: "Testilä Tessa", address: null },
    electronic: {
      title: "Päätös hakemukseenne",
      body: "Päätös on liitteenä.",
      bodyFormat: "Text",
      messageServiceType: "Verifiable",
      replyAllowedBy: "No one",
      visibility: "Normal",
      attachments: [],
      notifications: {
        senderDetailsInNotifications: "Organisation and service name",
        unreadMessageNotification: { reminder: "Default reminder" },
      },
    },
  });
  const row = await getPrisma().sentMessage.create({
    data: {
      organizationId: org.organization.id,
      connectionId: org.connection.id,
      serviceId: sandbox.serviceId,
      kind: "reply",
      externalId,
      suomifiMessageId: BigInt(sent.messageId),
      channel: sent.channel,
      status: "sent",
      sentAt: new Date(),
    },
  });
  return { ...sent, sentMessageId: row.id };
}

const mailboxUrl = (path: string) => `${sandbox.url}${path}`;

describe("events of sent messages", () => {
  it("records each event of a receipt once, however often pages and events are read", async () => {
    const created = await createTestSubmission(org);
    const messageId = await sendAsCitizen(sandbox, created.messageText);
    await pollConnection(org.connection.id, fast); // retrieves the form and sends the receipt
    const receipt = await getPrisma().sentMessage.findFirstOrThrow({
      where: { submissionId: created.submission.id, kind: "receipt" },
    });
    expect(receipt.channel).toBe("electronic");
    // The citizen opens the receipt in the mailbox.
    const opened = await fetch(
      mailboxUrl(`/mailbox/messages/${receipt.suomifiMessageId}?person=010280-952L`),
    );
    expect(opened.status).toBe(200);
    await fetch(mailboxUrl(`/mailbox/messages/${receipt.suomifiMessageId}?person=010280-952L`));
    await pollConnection(org.connection.id, fast);
    expect(await eventTypes({ submissionId: created.submission.id })).toEqual([
      "Electronic message created",
      "Electronic message read",
    ]);

    // Replays: the feed read again from its start, and every stored event handled again.
    const prisma = getPrisma();
    await prisma.retrievalCursor.update({
      where: { connectionId: org.connection.id },
      data: { continuationToken: null },
    });
    await prisma.retrievalEvent.updateMany({
      where: { connectionId: org.connection.id },
      data: { processedAt: null },
    });
    await pollConnection(org.connection.id, fast);
    await pollConnection(org.connection.id, fast);
    expect(await eventTypes({ submissionId: created.submission.id })).toEqual([
      "Electronic message created",
      "Electronic message read",
    ]);
    // The citizen's own message is not a sent message's event.
    expect(
      await prisma.sentMessageEvent.count({
        where: { sentMessage: { suomifiMessageId: BigInt(messageId) } },
      }),
    ).toBe(0);
  });

  it("a verifiable message opens only after its receipt is confirmed, and the confirmation is recorded", async () => {
    const sent = await sendVerifiable();
    const person = "010280-952L";
    const list = await (await fetch(mailboxUrl(`/mailbox?person=${person}`))).text();
    expect(list).toContain("Päätös hakemukseenne");
    expect(list).not.toContain("Päätös on liitteenä."); // the title only, until confirmed
    expect(list).toContain("Vastaanota ja avaa viesti");
    const early = await (
      await fetch(mailboxUrl(`/mailbox/messages/${sent.messageId}?person=${person}`))
    ).text();
    expect(early).not.toContain("Päätös on liitteenä.");
    await pollConnection(org.connection.id, fast);
    expect(await eventTypes({ id: sent.sentMessageId })).toEqual(["Electronic message created"]);

    const confirmed = await fetch(mailboxUrl("/mailbox/confirm"), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ person, messageId: String(sent.messageId), lang: "fi" }),
      redirect: "manual",
    });
    expect(confirmed.status).toBe(303);
    const opened = await (
      await fetch(mailboxUrl(`/mailbox/messages/${sent.messageId}?person=${person}`))
    ).text();
    expect(opened).toContain("Päätös on liitteenä.");
    await pollConnection(org.connection.id, fast);
    expect(await eventTypes({ id: sent.sentMessageId })).toEqual([
      "Electronic message created",
      "Electronic message read",
      "Receipt confirmed",
    ]);
  });

  it("another person cannot confirm someone else's message", async () => {
    const sent = await sendVerifiable();
    await fetch(mailboxUrl("/mailbox/confirm"), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ person: "010469-999W", messageId: String(sent.messageId) }),
      redirect: "manual",
    });
    await pollConnection(org.connection.id, fast);
    expect(await eventTypes({ id: sent.sentMessageId })).toEqual(["Electronic message created"]);
  });
});
