// What citizens send after the form reaches the targets as its own event: a reply on a submission's thread as a
// signed "submission.reply", a new message to a service as "message.received" — each valid against the schema
// served at /api/v1/schemas/, delivered once per target however often retrieval replays, retried like submissions,
// and readable and acknowledgeable in the pull API.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { createDeliveries, createMessageDeliveries } from "@/lib/delivery/create-deliveries";
import { dispatchDueDeliveries } from "@/lib/delivery/dispatch-due-deliveries";
import { createApiKey } from "@/lib/delivery/pull/api-keys";
import { webhookMessageId } from "@/lib/delivery/webhook-signing";
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
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { GET as getSchema } from "./schemas/[name]/route";
import { GET as listMessages } from "./messages/route";
import { GET as getMessage } from "./messages/[id]/route";
import { POST as ackMessage } from "./messages/[id]/ack/route";
import { GET as getMessageAttachment } from "./messages/[id]/attachments/[attachmentId]/route";
import { PULL_SCOPES } from "@/lib/delivery/testing/api-key-fixtures";

let sandbox: TTestSandbox;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let org: TTestOrganisation;
let secret = "";
let token = "";
const fast = { clientOverrides: { retry: { attempts: 3, baseDelayMs: 1 } } };

async function servedSchema(name: string) {
  const response = await getSchema(new Request("http://localhost/"), { params: Promise.resolve({ name }) });
  expect(response.status).toBe(200);
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile((await response.json()) as object);
}

const api = (path: string, init: RequestInit = {}) =>
  new Request(`http://localhost${path}`, { ...init, headers: { authorization: `Bearer ${token}` } });

async function replyAsCitizen(inReplyToMessageId: number, body: string) {
  const { messageIds } = await sandbox.control<{ messageIds: number[] }>("POST", "citizen-messages", {
    personId: "010280-952L",
    serviceId: sandbox.serviceId,
    title: "Re: Kiitos",
    body,
    inReplyToMessageId,
    attachments: [{ filename: "kuva.txt", contentBase64: Buffer.from("valokuva").toString("base64") }],
  });
  return messageIds[0]!;
}

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
  receiver.received.length = 0;
  receiver.state.failWith = null;
  org = await createTestOrganisation(sandbox);
  ({ secret } = await createWebhookTarget(org, receiver.url, { senderDetail: "name-and-id" }));
  await getPrisma().deliveryTarget.create({
    data: {
      organizationId: org.organization.id,
      kind: "pull",
      name: "Arkisto",
      options: { senderDetail: "name", attachmentMode: "links" },
    },
  });
  ({ token } = await createApiKey({
    organizationId: org.organization.id,
    name: "Arkisto",
    scopes: PULL_SCOPES,
  }));
});

describe("a citizen's reply on a submission", () => {
  it("reaches the webhook as a signed submission.reply, once, and the pull API as a message", async () => {
    const { submission, messageText, reference } = await createTestSubmission(org, { subject: "Katuvalo" });
    await sendAsCitizen(sandbox, messageText);
    await pollConnection(org.connection.id, fast);
    await dispatchDueDeliveries();
    expect(receiver.received.map((r) => r.payload.type)).toEqual(["submission.received"]);
    const prisma = getPrisma();
    const statusBefore = (await prisma.submission.findUniqueOrThrow({ where: { id: submission.id } })).status;

    const { messages } = await sandbox.control<{ messages: { messageId: number; externalId: string }[] }>(
      "GET",
      "sent-messages",
    );
    const receipt = messages.find((m) => m.externalId === receiptExternalId(submission.id))!;
    await replyAsCitizen(receipt.messageId, "Lisään vielä kuvan.");
    // The target is down for the first attempt: the reply is retried with the same webhook-id.
    receiver.state.failWith = 503;
    await pollConnection(org.connection.id, fast);
    await dispatchDueDeliveries();
    const delivery = await prisma.delivery.findFirstOrThrow({
      where: { submissionId: submission.id, event: "submission_reply", target: { kind: "webhook" } },
    });
    expect(delivery).toMatchObject({ status: "pending", attemptCount: 1 });
    receiver.state.failWith = null;
    await prisma.delivery.update({ where: { id: delivery.id }, data: { nextAttemptAt: new Date(0) } });
    await dispatchDueDeliveries();

    const replies = receiver.received.filter((r) => r.payload.type === "submission.reply");
    expect(replies).toHaveLength(1);
    const [reply] = replies;
    expect(reply!.isValid).toBe(true);
    expect(reply!.webhookId).toBe(webhookMessageId(delivery.id));
    const attempts = await prisma.deliveryAttempt.findMany({ where: { deliveryId: delivery.id } });
    expect(attempts.map((a) => [a.outcome, a.requestId])).toEqual([
      ["retryable-error", webhookMessageId(delivery.id)],
      ["success", webhookMessageId(delivery.id)],
    ]);
    const validate = await servedSchema("submission-reply-v1.json");
    expect(validate(reply!.payload), JSON.stringify(validate.errors)).toBe(true);
    expect(reply!.payload).toMatchObject({
      type: "submission.reply",
      submission: { id: submission.id, reference },
      inReplyTo: { kind: "receipt" },
      message: { title: "Re: Kiitos", body: "Lisään vielä kuvan.", attachments: [{ filename: "kuva.txt" }] },
      sender: { kind: "person", name: "Testilä Tessa", personalIdentityCode: "010280-952L" },
      onBehalfOf: null,
    });
    // The attachment link in the payload gives the citizen's bytes.
    const link = (reply!.payload.message as { attachments: { url: string }[] }).attachments[0]!.url;
    const linked = await fetchAttachmentLink(link);
    expect(linked).toBe("valokuva");
    // The reply is on the submission's timeline; the submission's own state is not the reply's to decide.
    const after = await prisma.submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(after.status).toBe(statusBefore);
    const delivered = await prisma.submissionEvent.findMany({
      where: { submissionId: submission.id, type: "delivered_to_target" },
    });
    // The form and then the reply reached the webhook (the pull target's are acknowledged, not pushed).
    expect(delivered.map((e) => (e.details as { event?: string }).event ?? null)).toEqual([
      null,
      "submission.reply",
    ]);

    // Suomi.fi serves every page again from the start: nothing is delivered twice.
    await prisma.retrievalCursor.update({
      where: { connectionId: org.connection.id },
      data: { continuationToken: null },
    });
    await pollConnection(org.connection.id, fast);
    await dispatchDueDeliveries();
    expect(receiver.received.filter((r) => r.payload.type === "submission.reply")).toHaveLength(1);
    // Neither is the form itself (its delivery has no message: the unique key treats the nulls as equal).
    expect(await createDeliveries(prisma, submission)).toBe(0);
    const row = await prisma.retrievedMessage.findFirstOrThrow({
      where: { match: "reply", submissionId: submission.id },
    });
    expect(
      await createMessageDeliveries(prisma, {
        id: row.id,
        organizationId: org.organization.id,
        connectionId: org.connection.id,
        serviceId: row.serviceId,
        replyToSubmissionId: submission.id,
        mentionedSubmissionId: null,
      }),
    ).toBe(0);

    // The pull API lists it as a message of that submission, serves the same payload and its file, and acks.
    const list = (await (
      await listMessages(api("/api/v1/messages"), { params: Promise.resolve({}) })
    ).json()) as {
      items: { id: string; type: string; submissionId: string | null; isAcknowledged: boolean }[];
    };
    expect(list.items).toEqual([
      expect.objectContaining({
        id: row.id,
        type: "submission.reply",
        submissionId: submission.id,
        isAcknowledged: false,
      }),
    ]);
    const pulled = (await (
      await getMessage(api(`/api/v1/messages/${row.id}`), { params: Promise.resolve({ id: row.id }) })
    ).json()) as {
      type: string;
      sender: { personalIdentityCode: string | null };
      message: { attachments: { id: string; url: string }[] };
    };
    expect(validate(pulled), JSON.stringify(validate.errors)).toBe(true);
    // The pull target's sender detail is "name": no henkilötunnus.
    expect(pulled.sender.personalIdentityCode).toBeNull();
    const file = pulled.message.attachments[0]!;
    expect(file.url).toBe(`/api/v1/messages/${row.id}/attachments/${file.id}`);
    const bytes = await getMessageAttachment(api(file.url), {
      params: Promise.resolve({ id: row.id, attachmentId: file.id }),
    });
    expect(await bytes.text()).toBe("valokuva");
    const ack = await ackMessage(api(`/api/v1/messages/${row.id}/ack`, { method: "POST" }), {
      params: Promise.resolve({ id: row.id }),
    });
    expect(ack.status).toBe(200);
    const again = await ackMessage(api(`/api/v1/messages/${row.id}/ack`, { method: "POST" }), {
      params: Promise.resolve({ id: row.id }),
    });
    const first = (await ack.json()) as { acknowledgedAt: string };
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    const relisted = (await (
      await listMessages(api("/api/v1/messages"), { params: Promise.resolve({}) })
    ).json()) as {
      items: { isAcknowledged: boolean }[];
    };
    expect(relisted.items[0]!.isAcknowledged).toBe(true);
  });
});

describe("a new message to a service", () => {
  it("reaches the targets of every form and of the service's forms as message.received, not those of other forms", async () => {
    const prisma = getPrisma();
    const other = await prisma.form.create({
      data: { organizationId: org.organization.id, slug: "muu", status: "live" },
    });
    const { target: elsewhere } = await createWebhookTarget(org, receiver.url);
    await prisma.deliveryTarget.update({ where: { id: elsewhere.id }, data: { formIds: [other.id] } });
    const { reference } = await createTestSubmission(org, { subject: "Kuoppa" });

    await sendAsCitizen(sandbox, "Milloin katuvalot korjataan?", {
      attachments: [{ filename: "kartta.txt", content: Buffer.from("kartta") }],
    });
    await sendAsCitizen(sandbox, `Kysyn asiastani ${reference}.`);
    await pollConnection(org.connection.id, fast);
    await dispatchDueDeliveries();

    const received = receiver.received.filter((r) => r.payload.type === "message.received");
    // Two messages to the one webhook target of every form; the other form's target gets neither.
    expect(received).toHaveLength(2);
    expect(
      await prisma.delivery.count({ where: { targetId: elsewhere.id, event: "message_received" } }),
    ).toBe(0);
    const validate = await servedSchema("message-received-v1.json");
    for (const { payload, isValid } of received) {
      expect(isValid).toBe(true);
      expect(validate(payload), JSON.stringify(validate.errors)).toBe(true);
    }
    const byBody = (text: string) =>
      received.find((r) => (r.payload.message as { body: string }).body.startsWith(text))!.payload;
    expect(byBody("Milloin")).toMatchObject({
      service: { id: sandbox.serviceId, name: "Lomake demo" },
      mentionedSubmission: null,
      inReplyToMessageId: null,
      message: { attachments: [{ filename: "kartta.txt" }] },
      sender: { name: "Testilä Tessa" },
    });
    expect(byBody("Kysyn")).toMatchObject({ mentionedSubmission: { reference } });
    // The check can fail: a reply's payload is not a new message.
    expect(validate({ ...byBody("Milloin"), type: "submission.reply" })).toBe(false);
  });

  it("a message purged before it went out is dead-lettered at once, not retried", async () => {
    receiver.state.failWith = 503;
    await sendAsCitizen(sandbox, "Poistuu pian");
    await pollConnection(org.connection.id, fast);
    await dispatchDueDeliveries();
    const prisma = getPrisma();
    const delivery = await prisma.delivery.findFirstOrThrow({
      where: { organizationId: org.organization.id, event: "message_received", target: { kind: "webhook" } },
    });
    await prisma.retrievedMessage.update({
      where: { id: delivery.retrievedMessageId! },
      data: { purgedAt: new Date(), contentEncrypted: null },
    });
    receiver.state.failWith = null;
    await prisma.delivery.update({ where: { id: delivery.id }, data: { nextAttemptAt: new Date(0) } });
    await dispatchDueDeliveries();
    expect(await prisma.delivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
      status: "dead",
      lastError: "contents: no longer stored",
    });
    expect(receiver.received).toHaveLength(0);
  });
});

async function fetchAttachmentLink(url: string): Promise<string> {
  const { GET } = await import("./attachments/[source]/[id]/route");
  const parsed = new URL(url);
  const [, , , , source, id] = parsed.pathname.split("/");
  const response = await GET(new Request(url), { params: Promise.resolve({ source: source!, id: id! }) });
  expect(response.status).toBe(200);
  return response.text();
}
