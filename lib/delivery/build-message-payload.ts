// What a target gets about a citizen's message that came after the form: "submission.reply" for a reply on a
// submission's thread, "message.received" for a new message to a service (or a reply in such a message's thread).
import "server-only";
import { z } from "zod";
import { signAttachmentLink } from "@/lib/delivery/attachment-links";
import { readAttachmentBytes } from "@/lib/delivery/load-submission-contents";
import { payloadSenders, type TStoredSender } from "@/lib/delivery/sender-parties";
import { ZSenderDetail } from "@/lib/delivery/targets/payload-options";
import {
  WEBHOOK_PAYLOAD_VERSION,
  type TMessagePayloadV1,
  type TSubmissionReplyPayloadV1,
} from "@/lib/delivery/webhook-payload-schema";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { retrievedContentContext, retrievedSenderContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import { ZFormDefinition } from "@/lib/forms/definition";
import { localize, ZLanguage } from "@/lib/forms/localized-text";

const ZContent = z.object({ title: z.string(), body: z.string() });

/** Thrown when the message's contents are gone (retention, erasure): no later attempt can deliver it. */
export class MessageContentsGoneError extends Error {
  constructor() {
    super("the message's contents are no longer stored");
  }
}

export async function buildMessagePayload(input: {
  deliveryId: string;
  retrievedMessageId: string;
  target: { senderDetail: string; attachmentMode: string };
}): Promise<TMessagePayloadV1> {
  const prisma = getPrisma();
  const row = await prisma.retrievedMessage.findUniqueOrThrow({
    where: { id: input.retrievedMessageId },
    include: { attachments: { orderBy: { position: "asc" }, omit: { contentEncrypted: true } } },
  });
  if (row.purgedAt || !row.contentEncrypted) throw new MessageContentsGoneError();
  const content = ZContent.parse(
    JSON.parse(decryptString(row.contentEncrypted, { associatedData: retrievedContentContext(row.id) })),
  );
  const stored = row.senderEncrypted
    ? (JSON.parse(
        decryptString(row.senderEncrypted, { associatedData: retrievedSenderContext(row.id) }),
      ) as TStoredSender)
    : null;
  const isInline = input.target.attachmentMode === "inline";
  const message = {
    id: row.id,
    suomifiMessageId: row.suomifiMessageId.toString(),
    title: content.title,
    body: content.body,
    sentAt: row.sentAt.toISOString(),
    retrievedAt: row.retrievedAt.toISOString(),
    attachments: await Promise.all(
      row.attachments.map(async (attachment) => {
        const link = isInline ? null : signAttachmentLink("retrieved", attachment.id);
        const bytes = isInline ? await readAttachmentBytes("retrieved", attachment.id) : null;
        if (isInline && !bytes) throw new MessageContentsGoneError();
        return {
          id: attachment.id,
          filename: attachment.filename,
          mediaType: attachment.mediaType,
          sizeBytes: attachment.sizeBytes,
          sha256: attachment.sha256,
          url: link?.url ?? null,
          expiresAt: link?.expiresAt ?? null,
          contentBase64: bytes ? bytes.bytes.toString("base64") : null,
        };
      }),
    ),
  };
  const senders = payloadSenders(stored, ZSenderDetail.catch("name").parse(input.target.senderDetail));
  const common = {
    payloadVersion: WEBHOOK_PAYLOAD_VERSION,
    deliveryId: input.deliveryId,
    organization: { id: row.organizationId },
  } as const;

  if (row.match === "reply" && row.submissionId && !row.inReplyToRetrievedId) {
    const submission = await prisma.submission.findUniqueOrThrow({
      where: { id: row.submissionId },
      include: {
        form: { select: { id: true, slug: true } },
        formVersion: { select: { version: true, definition: true } },
      },
    });
    const language = ZLanguage.safeParse(submission.language).data ?? "fi";
    const definition = ZFormDefinition.parse(submission.formVersion.definition);
    const answered = await findAnsweredMessage(row);
    const payload: TSubmissionReplyPayloadV1 = {
      type: "submission.reply",
      ...common,
      form: {
        id: submission.form.id,
        slug: submission.form.slug,
        version: submission.formVersion.version,
        title: localize(definition.title, language),
      },
      submission: { id: submission.id, reference: submission.reference, language: submission.language },
      inReplyTo: answered,
      message,
      ...senders,
    };
    return payload;
  }
  const [service, mentioned] = await Promise.all([
    prisma.suomifiService.findUnique({
      where: { connectionId_serviceId: { connectionId: row.connectionId, serviceId: row.serviceId } },
      select: { name: true },
    }),
    row.mentionedSubmissionId
      ? prisma.submission.findUnique({
          where: { id: row.mentionedSubmissionId },
          select: { id: true, reference: true },
        })
      : null,
  ]);
  return {
    type: "message.received",
    ...common,
    service: { id: row.serviceId, name: service?.name ?? null },
    inReplyToMessageId: row.inReplyToRetrievedId,
    mentionedSubmission: mentioned,
    problem: row.problem,
    message,
    ...senders,
  };
}

/**
 * The message Lomake sent that a reply answers: the one Suomi.fi names as its parent, else the thread's own
 * externalId (the idempotency key Lomake gave the message that started its side of the thread), else the root.
 */
async function findAnsweredMessage(row: {
  connectionId: string;
  threadInReplyToMessageId: bigint | null;
  threadExternalId: string | null;
  threadRootMessageId: bigint | null;
}): Promise<TSubmissionReplyPayloadV1["inReplyTo"]> {
  const ids = [row.threadInReplyToMessageId, row.threadRootMessageId].filter((id) => id !== null);
  if (ids.length === 0 && !row.threadExternalId) return null;
  const sent = await getPrisma().sentMessage.findMany({
    where: {
      connectionId: row.connectionId,
      OR: [
        { suomifiMessageId: { in: ids } },
        ...(row.threadExternalId ? [{ externalId: row.threadExternalId }] : []),
      ],
    },
    select: { kind: true, sentAt: true, suomifiMessageId: true, externalId: true },
  });
  const answered =
    sent.find(
      (s) => row.threadInReplyToMessageId !== null && s.suomifiMessageId === row.threadInReplyToMessageId,
    ) ??
    sent.find((s) => s.externalId === row.threadExternalId) ??
    sent.find((s) => s.suomifiMessageId === row.threadRootMessageId);
  return answered ? { kind: answered.kind, sentAt: answered.sentAt?.toISOString() ?? null } : null;
}
