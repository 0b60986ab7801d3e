// A handler answers a citizen's message: POST /v2/messages/electronic with inReplyToMessageId, so the answer
// lands in the citizen's thread. The externalId comes from the reply form (made when it was shown): sending the
// same form twice, or retrying after a lost answer, gives Suomi.fi's 409 and the one original message.
import "server-only";
import { z } from "zod";
import { now } from "@/lib/clock";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { encryptString } from "@/lib/crypto/encrypt-value";
import { sentMessageContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { readMessageContent, readMessageSender } from "@/lib/inbox/inbox-message-content";
import { answerableWhere } from "@/lib/inbox/list-inbox";
import { MAX_REPLY_CHARS, countReplyChars, normaliseReplyText } from "@/lib/inbox/reply-text";
import { createConnectionRestClient, type TClientOverrides } from "@/lib/retrieval/connection-rest-client";
import { replyExternalId } from "@/lib/retrieval/sent-message-ids";
import { SuomifiError } from "@/lib/suomifi/errors";

export const ZReplyToInboxMessage = z.object({
  messageId: z.uuid(),
  replyId: z.uuid(),
  body: z.string().max(MAX_REPLY_CHARS * 4),
  isReplyAllowed: z
    .union([z.literal("on"), z.literal("")])
    .optional()
    .transform((value) => value === "on"),
});

export type TReplyErrorCode =
  | "inboxReplyEmpty"
  | "inboxReplyTooLong"
  | "inboxReplyNoRecipient"
  | "inboxReplyTargetGone"
  | "inboxReplyUnavailable"
  | "inboxReplyFailed";

export async function replyToInboxMessage(
  organizationId: string,
  input: z.infer<typeof ZReplyToInboxMessage>,
  actor: TAuditActor,
  overrides: TClientOverrides = {},
): Promise<{ suomifiMessageId: number; isAlreadySent: boolean }> {
  const body = normaliseReplyText(input.body);
  if (!body) throw new DomainError<TReplyErrorCode>("inboxReplyEmpty");
  if (countReplyChars(body) > MAX_REPLY_CHARS) throw new DomainError<TReplyErrorCode>("inboxReplyTooLong");
  const prisma = getPrisma();
  const message = await prisma.retrievedMessage.findFirst({
    where: { AND: [answerableWhere(organizationId), { id: input.messageId }] },
  });
  if (!message) throw new NotFoundError();
  const sender = readMessageSender(message);
  if (!sender || message.purgedAt) throw new DomainError<TReplyErrorCode>("inboxReplyNoRecipient");
  const connection = await prisma.suomifiConnection.findUnique({ where: { id: message.connectionId } });
  if (!connection) throw new NotFoundError();
  const original = readMessageContent(message);
  const title = `Re: ${original?.title ?? ""}`.trim().slice(0, 256);
  const externalId = replyExternalId(input.replyId);

  const row = await prisma.sentMessage.upsert({
    where: { connectionId_externalId: { connectionId: connection.id, externalId } },
    create: {
      id: crypto.randomUUID(),
      organizationId,
      connectionId: connection.id,
      serviceId: message.serviceId,
      kind: "reply",
      externalId,
      retrievedMessageId: message.id,
      sentByUserId: actor.userId ?? null,
      status: "pending",
      createdAt: now(),
    },
    update: {},
  });
  if (row.retrievedMessageId !== message.id) throw new NotFoundError();
  if (!row.contentEncrypted) {
    await prisma.sentMessage.update({
      where: { id: row.id },
      data: {
        contentEncrypted: encryptString(JSON.stringify({ title, body }), {
          associatedData: sentMessageContext(row.id),
        }),
      },
    });
  }
  const client = createConnectionRestClient(connection, overrides);
  try {
    const result = await client.sendElectronicMessage({
      externalId,
      recipient: { id: sender.id },
      sender: { serviceId: message.serviceId },
      electronic: {
        title,
        body,
        bodyFormat: "Text",
        messageServiceType: "Normal",
        replyAllowedBy: input.isReplyAllowed ? "Anyone" : "No one",
        visibility: "Normal",
        attachments: [],
        notifications: {
          senderDetailsInNotifications: "Organisation and service name",
          unreadMessageNotification: { reminder: "Default reminder" },
        },
        inReplyToMessageId: Number(message.suomifiMessageId),
      },
    });
    await prisma.$transaction(async (tx) => {
      await tx.sentMessage.update({
        where: { id: row.id },
        data: { status: "sent", suomifiMessageId: BigInt(result.messageId), sentAt: now(), error: null },
      });
      if (message.inboxState === "new") {
        await tx.retrievedMessage.update({ where: { id: message.id }, data: { inboxState: "in_progress" } });
      }
      await recordAuditEvent(
        {
          organizationId,
          actor,
          action: "inbox.replied",
          objectType: "retrieved_message",
          objectId: message.id,
          details: { sentMessageId: row.id, isReplyAllowed: input.isReplyAllowed },
        },
        tx,
      );
    });
    return { suomifiMessageId: result.messageId, isAlreadySent: result.isAlreadySent };
  } catch (error) {
    if (!(error instanceof SuomifiError)) throw error;
    const description = `${error.status ?? "no response"}${error.errorCode ? ` ${error.errorCode}` : ""}`;
    await prisma.sentMessage.update({
      where: { id: row.id },
      data: { status: "failed", error: description },
    });
    // The citizen deleted the message (or it aged out): Suomi.fi refuses replies to it.
    if (!error.isRetryable && error.errorCode === "INVALID_REPLY_TARGET")
      throw new DomainError<TReplyErrorCode>("inboxReplyTargetGone");
    throw new DomainError<TReplyErrorCode>(error.isRetryable ? "inboxReplyUnavailable" : "inboxReplyFailed");
  }
}
