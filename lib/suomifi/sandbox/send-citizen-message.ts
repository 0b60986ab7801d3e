// A test person writes in the mailbox view: a reply to a message that allows replies, or a new message to a
// service that accepts them. Stored with the same store and event as every other citizen message, so the
// REST API serves it exactly as it serves injected ones.
import { randomUUID } from "node:crypto";
import { inferMediaType } from "./media-type";
import { sandboxNow, type TSandboxContext } from "./sandbox-context";
import { inTransaction, insertAttachment, insertEvent, insertMessage } from "./sandbox-message-store";

/** DVV's limits on what an end user sends (support-clinic material, 13 Feb 2026). */
export const CITIZEN_MESSAGE_LIMITS = {
  maxBodyChars: 4000,
  maxTitleChars: 256,
  maxAttachmentBytes: 10 * 1024 * 1024,
};

export type TCitizenMessageProblem =
  | "title-missing"
  | "title-too-long"
  | "body-missing"
  | "body-too-long"
  | "attachments-too-large"
  | "reply-not-allowed"
  | "reply-target-missing"
  | "service-does-not-accept-new-messages"
  | "mailbox-not-in-use";

export class CitizenMessageError extends Error {
  constructor(readonly problem: TCitizenMessageProblem) {
    super(problem);
  }
}

export type TCitizenMessageInput = {
  personId: string;
  title: string;
  body: string;
  attachments: { filename: string; mediaType: string; content: Uint8Array }[];
} & ({ kind: "reply"; inReplyToMessageId: number } | { kind: "new"; serviceId: string });

/** Line ends as one character and NFC, as Suomi.fi counts a text a person typed. */
export function normaliseCitizenText(text: string): string {
  return text.replace(/\r\n?/g, "\n").normalize("NFC");
}

export async function sendCitizenMessage(
  context: TSandboxContext,
  input: TCitizenMessageInput,
): Promise<number> {
  const title = input.title.trim();
  const body = normaliseCitizenText(input.body);
  if (!title) throw new CitizenMessageError("title-missing");
  if (title.length > CITIZEN_MESSAGE_LIMITS.maxTitleChars) throw new CitizenMessageError("title-too-long");
  if (!body.trim()) throw new CitizenMessageError("body-missing");
  if ([...body].length > CITIZEN_MESSAGE_LIMITS.maxBodyChars) throw new CitizenMessageError("body-too-long");
  const total = input.attachments.reduce((sum, file) => sum + file.content.byteLength, 0);
  if (total > CITIZEN_MESSAGE_LIMITS.maxAttachmentBytes)
    throw new CitizenMessageError("attachments-too-large");

  return inTransaction(context.pool, async (client) => {
    const now = await sandboxNow(context, client);
    const mailbox = await client.query(
      "SELECT 1 FROM suomifi_sandbox.mailboxes WHERE id = $1 AND is_active",
      [input.personId],
    );
    if (mailbox.rows.length === 0) throw new CitizenMessageError("mailbox-not-in-use");
    let serviceId: string;
    if (input.kind === "reply") {
      if (!Number.isSafeInteger(input.inReplyToMessageId) || input.inReplyToMessageId <= 0)
        throw new CitizenMessageError("reply-target-missing");
      const { rows } = await client.query<{ service_id: string; reply_allowed_by: string | null }>(
        `SELECT service_id, request #>> '{electronic,replyAllowedBy}' AS reply_allowed_by
         FROM suomifi_sandbox.messages
         WHERE id = $1 AND person_id = $2 AND direction = 'to_citizen' AND channel = 'electronic'`,
        [input.inReplyToMessageId, input.personId],
      );
      const parent = rows[0];
      if (!parent) throw new CitizenMessageError("reply-target-missing");
      // As Suomi.fi: only a message its sender opened for replies can be answered.
      if (parent.reply_allowed_by !== "Anyone") throw new CitizenMessageError("reply-not-allowed");
      serviceId = parent.service_id;
    } else {
      const { rows } = await client.query<{ accepts_new_messages: boolean }>(
        "SELECT accepts_new_messages FROM suomifi_sandbox.services WHERE service_id = $1",
        [input.serviceId],
      );
      if (!rows[0]?.accepts_new_messages)
        throw new CitizenMessageError("service-does-not-accept-new-messages");
      serviceId = input.serviceId;
    }
    const attachmentIds: string[] = [];
    for (const file of input.attachments) {
      const id = randomUUID();
      await insertAttachment(client, {
        id,
        username: null,
        filename: file.filename,
        mediaType: inferMediaType(file.filename, file.mediaType, file.content),
        content: file.content,
        createdAt: now,
      });
      attachmentIds.push(id);
    }
    const messageId = await insertMessage(client, {
      direction: "from_citizen",
      channel: "electronic",
      serviceId,
      personId: input.personId,
      title,
      body,
      inReplyTo: input.kind === "reply" ? input.inReplyToMessageId : undefined,
      attachmentIds,
      createdAt: now,
    });
    await insertEvent(client, { serviceId, type: "Electronic message from end user", time: now, messageId });
    return messageId;
  });
}
