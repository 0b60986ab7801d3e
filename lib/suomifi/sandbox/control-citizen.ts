// Control API actions on the citizen side: injected messages (also in bulk, for benchmarks) and events.
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { inferMediaType } from "./media-type";
import { sandboxNow, type TSandboxContext } from "./sandbox-context";
import { inTransaction, insertAttachment, insertEvent } from "./sandbox-message-store";

export const ZInjectCitizenMessage = z.object({
  personId: z.string().min(1),
  /** The person who sends it for the mailbox owner `personId` (acting on behalf, as through Valtuudet). */
  agentId: z.string().min(1).optional(),
  serviceId: z.string().min(1),
  title: z.string().min(1).max(256),
  body: z.string().max(4000),
  inReplyToMessageId: z.number().int().optional(),
  attachments: z
    .array(
      z.object({ filename: z.string().min(1), mediaType: z.string().optional(), contentBase64: z.string() }),
    )
    .default([]),
  /** Creates this many identical messages in one transaction. */
  count: z.number().int().min(1).max(10_000).default(1),
});

export async function injectCitizenMessages(
  context: TSandboxContext,
  input: z.infer<typeof ZInjectCitizenMessage>,
): Promise<number[]> {
  return inTransaction(context.pool, async (client) => {
    const now = await sandboxNow(context, client);
    const attachmentIds: string[] = [];
    let total = 0;
    for (const attachment of input.attachments) {
      const content = new Uint8Array(Buffer.from(attachment.contentBase64, "base64"));
      total += content.byteLength;
      const id = randomUUID();
      const mediaType = inferMediaType(attachment.filename, attachment.mediaType ?? "", content);
      await insertAttachment(client, {
        id,
        username: null,
        filename: attachment.filename,
        mediaType,
        content,
        createdAt: now,
      });
      attachmentIds.push(id);
    }
    if (total > 10 * 1024 * 1024) throw new Error("Citizen attachments exceed 10 MB in total");
    let threadRoot: string | null = null;
    let threadExternalId: string | null = null;
    if (input.inReplyToMessageId !== undefined) {
      const parent = await client.query<{
        id: string;
        thread_root: string | null;
        external_id: string | null;
        thread_external_id: string | null;
      }>(
        "SELECT id, thread_root, external_id, thread_external_id FROM suomifi_sandbox.messages WHERE id = $1",
        [input.inReplyToMessageId],
      );
      if (!parent.rows[0]) throw new Error("inReplyToMessageId does not exist");
      threadRoot = parent.rows[0].thread_root ?? parent.rows[0].id;
      threadExternalId = parent.rows[0].thread_external_id ?? parent.rows[0].external_id;
    }
    const { rows } = await client.query<{ id: string }>(
      `INSERT INTO suomifi_sandbox.messages
         (direction, channel, service_id, person_id, title, body, in_reply_to, thread_root, thread_external_id, created_at,
          agent_id)
       SELECT 'from_citizen', 'electronic', $1, $2, $3, $4, $5, $6, $7, $8, $10 FROM generate_series(1, $9)
       RETURNING id`,
      [
        input.serviceId,
        input.personId,
        input.title,
        input.body,
        input.inReplyToMessageId ?? null,
        threadRoot,
        threadExternalId,
        now,
        input.count,
        input.agentId ?? null,
      ],
    );
    const ids = rows.map((row) => Number(row.id)).sort((a, b) => a - b);
    await client.query(
      `INSERT INTO suomifi_sandbox.events (service_id, type, event_time, message_id)
       SELECT $1, 'Electronic message from end user', $2, id FROM unnest($3::bigint[]) AS id ORDER BY id`,
      [input.serviceId, now, ids],
    );
    if (attachmentIds.length > 0) {
      await client.query(
        `INSERT INTO suomifi_sandbox.message_attachments (message_id, attachment_id, position)
         SELECT m, a.id, a.position - 1 FROM unnest($1::bigint[]) AS m CROSS JOIN unnest($2::uuid[]) WITH ORDINALITY AS a(id, position)`,
        [ids, attachmentIds],
      );
    }
    return ids;
  });
}

export const ZCitizenEvent = z.object({
  messageId: z.number().int(),
  type: z.enum([
    "Electronic message read",
    "Receipt confirmed",
    "Posti: receipt confirmed",
    "Posti: returned to sender",
    "Posti: unresolved",
  ]),
});

/** Emits an event about a message an organisation sent (the citizen read it, confirmed receipt, …). */
export async function injectCitizenEvent(
  context: TSandboxContext,
  input: z.infer<typeof ZCitizenEvent>,
): Promise<boolean> {
  return inTransaction(context.pool, async (client) => {
    const { rows } = await client.query<{ service_id: string; external_id: string | null }>(
      "SELECT service_id, external_id FROM suomifi_sandbox.messages WHERE id = $1 AND direction = 'to_citizen'",
      [input.messageId],
    );
    if (!rows[0]) return false;
    await insertEvent(client, {
      serviceId: rows[0].service_id,
      type: input.type,
      time: await sandboxNow(context, client),
      messageId: input.messageId,
      externalId: rows[0].external_id ?? undefined,
    });
    return true;
  });
}
