// The pull API's side of what citizens send after the form: replies on a submission's thread and new messages,
// listed in retrieval order, read as the same payloads webhooks receive, acknowledged one by one.
import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { buildMessagePayload, MessageContentsGoneError } from "@/lib/delivery/build-message-payload";
import { readAttachmentBytes } from "@/lib/delivery/load-submission-contents";
import { pullTarget } from "@/lib/delivery/targets/pull-target";
import type { TMessagePayloadV1 } from "@/lib/delivery/webhook-payload-schema";

const isUuid = (value: string) => /^[0-9a-f-]{36}$/i.test(value);

/** Messages that are events of their own: a reply placed on a thread, a mention, a new or unplaced message. */
const citizenMessagesWhere = (organizationId: string) => ({
  organizationId,
  match: { in: ["reply" as const, "mention" as const, "unmatched" as const] },
});

const eventType = (row: {
  match: string;
  submissionId: string | null;
  inReplyToRetrievedId: string | null;
}) =>
  row.match === "reply" && row.submissionId && !row.inReplyToRetrievedId
    ? "submission.reply"
    : "message.received";

export async function listPullMessages(organizationId: string, after: string | null, limit = 100) {
  const afterSequence = after && /^\d{1,18}$/.test(after) ? BigInt(after) : BigInt(0);
  const prisma = getPrisma();
  const rows = await prisma.retrievedMessage.findMany({
    where: { ...citizenMessagesWhere(organizationId), sequence: { gt: afterSequence } },
    orderBy: { sequence: "asc" },
    take: Math.min(Math.max(limit, 1), 500),
    select: {
      id: true,
      sequence: true,
      match: true,
      submissionId: true,
      inReplyToRetrievedId: true,
      serviceId: true,
      sentAt: true,
      retrievedAt: true,
      purgedAt: true,
      _count: { select: { attachments: true } },
    },
  });
  const acknowledged = await prisma.delivery.findMany({
    where: {
      retrievedMessageId: { in: rows.map((r) => r.id) },
      status: "succeeded",
      target: { kind: "pull" },
    },
    select: { retrievedMessageId: true },
  });
  const acknowledgedIds = new Set(acknowledged.map((d) => d.retrievedMessageId));
  return {
    items: rows.map((row) => ({
      id: row.id,
      type: eventType(row),
      submissionId: eventType(row) === "submission.reply" ? row.submissionId : null,
      serviceId: row.serviceId,
      sentAt: row.sentAt.toISOString(),
      retrievedAt: row.retrievedAt.toISOString(),
      attachmentCount: row._count.attachments,
      isPurged: row.purgedAt !== null,
      isAcknowledged: acknowledgedIds.has(row.id),
      cursor: row.sequence.toString(),
    })),
    nextCursor: rows.length > 0 ? rows[rows.length - 1]!.sequence.toString() : (after ?? null),
  };
}

async function findMessage(organizationId: string, messageId: string) {
  if (!isUuid(messageId)) return null;
  return getPrisma().retrievedMessage.findFirst({
    where: { ...citizenMessagesWhere(organizationId), id: messageId },
    select: { id: true },
  });
}

export async function getPullMessage(
  organizationId: string,
  messageId: string,
): Promise<TMessagePayloadV1 | null> {
  if (!(await findMessage(organizationId, messageId))) return null;
  const prisma = getPrisma();
  const [target, delivery] = await Promise.all([
    prisma.deliveryTarget.findFirst({ where: { organizationId, kind: "pull", isEnabled: true } }),
    prisma.delivery.findFirst({
      where: { retrievedMessageId: messageId, target: { kind: "pull" } },
      select: { id: true },
    }),
  ]);
  let payload: TMessagePayloadV1;
  try {
    payload = await buildMessagePayload({
      deliveryId: delivery?.id ?? messageId,
      retrievedMessageId: messageId,
      target: {
        senderDetail: target ? pullTarget.optionsSchema.parse(target.options).senderDetail : "name",
        attachmentMode: "links",
      },
    });
  } catch (error) {
    if (error instanceof MessageContentsGoneError) return null;
    throw error;
  }
  const attachments = payload.message.attachments.map((a) => ({
    ...a,
    url: `/api/v1/messages/${messageId}/attachments/${a.id}`,
    expiresAt: null,
  }));
  return { ...payload, message: { ...payload.message, attachments } };
}

export async function getPullMessageAttachment(
  organizationId: string,
  messageId: string,
  attachmentId: string,
) {
  if (!(await findMessage(organizationId, messageId)) || !isUuid(attachmentId)) return null;
  const row = await getPrisma().retrievedAttachment.findFirst({
    where: { id: attachmentId, retrievedMessageId: messageId },
    select: { id: true },
  });
  if (!row) return null;
  const file = await readAttachmentBytes("retrieved", row.id).catch(() => null);
  return file && file.organizationId === organizationId ? file : null;
}

export type TAcknowledgeMessageResult =
  { kind: "acknowledged"; acknowledgedAt: Date } | { kind: "not-found" } | { kind: "nothing-to-acknowledge" };

/** Marks a message taken by the organisation's pull target(s); idempotent like the submissions' ack. */
export async function acknowledgePullMessage(
  organizationId: string,
  messageId: string,
): Promise<TAcknowledgeMessageResult> {
  if (!(await findMessage(organizationId, messageId))) return { kind: "not-found" };
  return getPrisma().$transaction(async (tx) => {
    const deliveries = await tx.$queryRaw<{ id: string; status: string; succeeded_at: Date | null }[]>`
      SELECT d.id, d.status::text AS status, d.succeeded_at FROM delivery d
      JOIN delivery_target t ON t.id = d.target_id
      WHERE d.organization_id = ${organizationId}::uuid AND d.retrieved_message_id = ${messageId}::uuid
        AND t.kind = 'pull'
      FOR UPDATE OF d`;
    const waiting = deliveries.filter((d) => d.status === "awaiting_ack");
    if (waiting.length === 0) {
      const done = deliveries.find((d) => d.status === "succeeded");
      return done
        ? ({ kind: "acknowledged", acknowledgedAt: done.succeeded_at ?? now() } as const)
        : ({ kind: "nothing-to-acknowledge" } as const);
    }
    const at = now();
    await tx.delivery.updateMany({
      where: { id: { in: waiting.map((d) => d.id) } },
      data: { status: "succeeded", succeededAt: at, attemptCount: { increment: 1 } },
    });
    return { kind: "acknowledged", acknowledgedAt: at } as const;
  });
}
