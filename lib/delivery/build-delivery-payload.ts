// The payload of one delivery, whatever its event: the submission itself, or a citizen's later message.
import "server-only";
import type { Delivery } from "@/lib/generated/prisma/client";
import { buildMessagePayload } from "@/lib/delivery/build-message-payload";
import { buildWebhookPayload } from "@/lib/delivery/build-webhook-payload";
import { loadSubmissionContents, type TSubmissionAttachment } from "@/lib/delivery/load-submission-contents";
import type { TMessagePayloadV1, TWebhookPayloadV1 } from "@/lib/delivery/webhook-payload-schema";

export type TDeliveryPayload = TWebhookPayloadV1 | TMessagePayloadV1;

export type TBuiltPayload = {
  payload: TDeliveryPayload;
  /** The submission's reference (for file names), or the message's Suomi.fi id when it belongs to none. */
  name: string;
  /** Each attachment of the payload, in its order, with where its bytes are kept. */
  files: { source: TSubmissionAttachment["source"]; id: string; filename: string }[];
};

export async function buildDeliveryPayload(
  delivery: Pick<Delivery, "id" | "event" | "submissionId" | "retrievedMessageId">,
  target: { senderDetail: string; attachmentMode: string },
): Promise<TBuiltPayload> {
  if (delivery.event === "submission_received") {
    const contents = await loadSubmissionContents(delivery.submissionId!);
    const payload = await buildWebhookPayload({ deliveryId: delivery.id, contents, target });
    return {
      payload,
      name: contents.submission.reference,
      files: contents.attachments.map((a) => ({ source: a.source, id: a.id, filename: a.filename })),
    };
  }
  const payload = await buildMessagePayload({
    deliveryId: delivery.id,
    retrievedMessageId: delivery.retrievedMessageId!,
    target,
  });
  const name =
    payload.type === "submission.reply"
      ? `${payload.submission.reference}.reply-${payload.message.suomifiMessageId}`
      : `message-${payload.message.suomifiMessageId}`;
  return {
    payload,
    name,
    files: payload.message.attachments.map((a) => ({
      source: "retrieved" as const,
      id: a.id,
      filename: a.filename,
    })),
  };
}

/** The attachments list of a payload, whichever event it is. */
export function payloadAttachments(payload: TDeliveryPayload): { url: string | null }[] {
  return payload.type === "submission.reply" || payload.type === "message.received"
    ? payload.message.attachments
    : payload.attachments;
}
