// Writes of messages and their events, shared by the REST routes, the POST flow and the control API.
import type { PoolClient } from "pg";

export type TNewMessage = {
  direction: "to_citizen" | "from_citizen";
  channel: "electronic" | "paper";
  serviceId: string;
  /** The mailbox owner: for a message from a citizen, whom it concerns (a person or a company). */
  personId: string;
  /** The person who sent it for the mailbox owner through a mandate (from a citizen only). */
  agentId?: string;
  externalId?: string;
  title: string;
  body: string;
  request?: unknown;
  inReplyTo?: number;
  postId?: string;
  reference?: string;
  attachmentIds: string[];
  createdAt: Date;
};

/** Resolves the thread of a reply: the root and the organisation's externalId that started it. */
async function findThread(client: PoolClient, inReplyTo: number | undefined) {
  if (inReplyTo === undefined) return { root: null, externalId: null };
  const { rows } = await client.query<{
    id: string;
    thread_root: string | null;
    thread_external_id: string | null;
    external_id: string | null;
  }>("SELECT id, thread_root, thread_external_id, external_id FROM suomifi_sandbox.messages WHERE id = $1", [
    inReplyTo,
  ]);
  const parent = rows[0];
  if (!parent) return { root: null, externalId: null };
  return {
    root: parent.thread_root ?? parent.id,
    externalId: parent.thread_external_id ?? parent.external_id,
  };
}

export async function insertMessage(client: PoolClient, message: TNewMessage): Promise<number> {
  const thread = await findThread(client, message.inReplyTo);
  const { rows } = await client.query<{ id: string }>(
    `INSERT INTO suomifi_sandbox.messages
       (direction, channel, service_id, person_id, external_id, title, body, request, in_reply_to,
        thread_root, thread_external_id, post_id, reference, created_at, agent_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
    [
      message.direction,
      message.channel,
      message.serviceId,
      message.personId,
      message.externalId ?? null,
      message.title,
      message.body,
      message.request === undefined ? null : JSON.stringify(message.request),
      message.inReplyTo ?? null,
      thread.root,
      thread.externalId,
      message.postId ?? null,
      message.reference ?? null,
      message.createdAt,
      message.agentId ?? null,
    ],
  );
  const id = Number(rows[0]!.id);
  for (const [position, attachmentId] of message.attachmentIds.entries()) {
    await client.query(
      "INSERT INTO suomifi_sandbox.message_attachments (message_id, attachment_id, position) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
      [id, attachmentId, position],
    );
  }
  return id;
}

export async function insertEvent(
  client: PoolClient,
  event: { serviceId: string; type: string; time: Date; messageId: number; externalId?: string },
): Promise<void> {
  await client.query(
    "INSERT INTO suomifi_sandbox.events (service_id, type, event_time, message_id, external_id) VALUES ($1, $2, $3, $4, $5)",
    [event.serviceId, event.type, event.time, event.messageId, event.externalId ?? null],
  );
}

export async function insertAttachment(
  client: Pick<PoolClient, "query">,
  attachment: {
    id: string;
    username: string | null;
    filename: string;
    mediaType: string;
    content: Uint8Array;
    createdAt: Date;
  },
): Promise<void> {
  await client.query(
    `INSERT INTO suomifi_sandbox.attachments (id, username, filename, media_type, size_bytes, content, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      attachment.id,
      attachment.username,
      attachment.filename,
      attachment.mediaType,
      attachment.content.byteLength,
      Buffer.from(attachment.content),
      attachment.createdAt,
    ],
  );
}

/** Runs `work` in a transaction on one pooled connection. */
export async function inTransaction<T>(
  pool: { connect: () => Promise<PoolClient> },
  work: (client: PoolClient) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let isBroken = false;
  try {
    await client.query("BEGIN");
    const result = await work(client);
    await client.query("COMMIT");
    return result;
  } catch (error) {
    // A connection lost with PostgreSQL cannot roll back: it is dropped from the pool, not handed out again.
    await client.query("ROLLBACK").catch(() => {
      isBroken = true;
    });
    throw error;
  } finally {
    client.release(isBroken);
  }
}
