// Sending (/v2/messages/electronic, /v2/messages, /v2/paper-mail-without-id), reading a citizen's message
// (/v2/messages/{id}) and the mailbox check (/v1/mailboxes/active).
import type { PoolClient } from "pg";
import { z } from "zod";
import {
  ZElectronicMessageRequest,
  ZMultichannelMessageRequest,
  ZPaperMailWithoutIdRequest as ZPaperWithoutIdRequest,
} from "../rest-schemas";
import { authenticate } from "./rest-auth-routes";
import { RETENTION_MS, sandboxNow, UPLOAD_EXPIRY_MS, type TSandboxContext } from "./sandbox-context";
import { readJson, sendApiError, sendJson, type TSandboxRequest } from "./sandbox-http";
import { inTransaction, insertEvent, insertMessage } from "./sandbox-message-store";

const MAX_ATTACHMENTS = 50;

class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly reason: string,
    readonly errorCode: string,
    readonly messageId?: number,
  ) {
    super(reason);
  }
}

async function checkServiceOwner(client: PoolClient, username: string, serviceId: string) {
  const { rows } = await client.query(
    "SELECT 1 FROM suomifi_sandbox.services WHERE service_id = $1 AND username = $2",
    [serviceId, username],
  );
  if (rows.length === 0)
    throw new ApiProblem(400, `Unknown serviceId ${serviceId} for this system`, "INVALID_SERVICE_ID");
}

async function checkAttachments(client: PoolClient, username: string, ids: string[], now: Date) {
  if (ids.length > MAX_ATTACHMENTS)
    throw new ApiProblem(400, `At most ${MAX_ATTACHMENTS} attachments`, "TOO_MANY_ATTACHMENTS");
  for (const id of ids) {
    const { rows } = await client.query<{ created_at: Date; is_used: boolean }>(
      `SELECT created_at, EXISTS (SELECT 1 FROM suomifi_sandbox.message_attachments m WHERE m.attachment_id = a.id) AS is_used
       FROM suomifi_sandbox.attachments a WHERE a.id::text = $1 AND a.username = $2`,
      [id, username],
    );
    const row = rows[0];
    if (!row || (!row.is_used && now.getTime() - row.created_at.getTime() > UPLOAD_EXPIRY_MS)) {
      throw new ApiProblem(400, `Attachment ${id} does not exist or has expired`, "INVALID_ATTACHMENT_ID");
    }
  }
}

async function findDuplicate(client: PoolClient, serviceId: string, externalId: string) {
  const { rows } = await client.query<{ id: string }>(
    "SELECT id FROM suomifi_sandbox.messages WHERE service_id = $1 AND external_id = $2",
    [serviceId, externalId],
  );
  if (rows[0])
    throw new ApiProblem(409, "Message with this externalId already exists", "DUPLICATE", Number(rows[0].id));
}

async function checkReplyTarget(client: PoolClient, serviceId: string, messageId: number, now: Date) {
  const { rows } = await client.query(
    `SELECT 1 FROM suomifi_sandbox.messages
     WHERE id = $1 AND service_id = $2 AND direction = 'from_citizen' AND created_at > $3`,
    [messageId, serviceId, new Date(now.getTime() - RETENTION_MS)],
  );
  if (rows.length === 0)
    throw new ApiProblem(
      400,
      "inReplyToMessageId does not refer to an available message",
      "INVALID_REPLY_TARGET",
    );
}

async function isMailboxActive(client: PoolClient, id: string): Promise<boolean> {
  const { rows } = await client.query("SELECT 1 FROM suomifi_sandbox.mailboxes WHERE id = $1 AND is_active", [
    id,
  ]);
  return rows.length > 0;
}

type TSendKind = "electronic" | "multichannel" | "paper-without-id";

async function send(context: TSandboxContext, request: TSandboxRequest, kind: TSendKind) {
  const username = await authenticate(context, request);
  if (!username) return;
  const schema =
    kind === "electronic"
      ? ZElectronicMessageRequest
      : kind === "multichannel"
        ? ZMultichannelMessageRequest
        : ZPaperWithoutIdRequest;
  const parsed = schema.safeParse(await readJson(request.req));
  if (!parsed.success) {
    return sendJson(request.res, 400, {
      reason: "Validation failed",
      validationErrors: parsed.error.issues.map((issue) => ({
        error: `${issue.path.join(".")}: ${issue.message}`,
        errorCode: "VALIDATION_ERROR",
      })),
    });
  }
  const body = parsed.data as z.infer<typeof ZMultichannelMessageRequest> &
    z.infer<typeof ZPaperWithoutIdRequest>;
  try {
    const messageId = await inTransaction(context.pool, async (client) => {
      const now = await sandboxNow(context, client);
      // Serialises sends of one service so the externalId check and insert cannot race.
      await client.query("SELECT pg_advisory_xact_lock(hashtext($1))", [body.sender.serviceId]);
      await checkServiceOwner(client, username, body.sender.serviceId);
      await findDuplicate(client, body.sender.serviceId, body.externalId);
      const electronic = kind === "paper-without-id" ? undefined : body.electronic;
      const isElectronic = kind !== "paper-without-id" && (await isMailboxActive(client, body.recipient.id));
      if (kind === "electronic" && !isElectronic) {
        throw new ApiProblem(400, "Recipient does not have Suomi.fi Messages in use", "MAILBOX_NOT_IN_USE");
      }
      const attachmentIds = (isElectronic ? electronic!.attachments : body.paperMail.attachments).map(
        (a) => a.attachmentId,
      );
      await checkAttachments(client, username, attachmentIds, now);
      if (isElectronic && electronic!.inReplyToMessageId !== undefined) {
        await checkReplyTarget(client, body.sender.serviceId, electronic!.inReplyToMessageId, now);
      }
      const id = await insertMessage(client, {
        direction: "to_citizen",
        channel: isElectronic ? "electronic" : "paper",
        serviceId: body.sender.serviceId,
        personId: kind === "paper-without-id" ? "" : body.recipient.id,
        externalId: body.externalId,
        title: electronic?.title ?? "Paper mail",
        body: electronic?.body ?? "",
        // The paper part is kept for the paper-mail view, without the Posti contract's password.
        request: {
          ...body,
          paperMail: body.paperMail
            ? {
                ...body.paperMail,
                printingAndEnvelopingService: {
                  ...body.paperMail.printingAndEnvelopingService,
                  postiMessaging: {
                    ...body.paperMail.printingAndEnvelopingService.postiMessaging,
                    password: "",
                  },
                },
              }
            : undefined,
        },
        inReplyTo: isElectronic ? electronic!.inReplyToMessageId : undefined,
        attachmentIds,
        createdAt: now,
      });
      const types = isElectronic
        ? ["Electronic message created"]
        : ["Paper mail created", "Sent for printing and enveloping"];
      for (const type of types) {
        await insertEvent(client, {
          serviceId: body.sender.serviceId,
          type,
          time: now,
          messageId: id,
          externalId: body.externalId,
        });
      }
      return id;
    });
    sendJson(request.res, 200, { messageId });
  } catch (error) {
    if (!(error instanceof ApiProblem)) throw error;
    if (error.status === 409)
      return sendJson(request.res, 409, { reason: error.reason, messageId: error.messageId });
    sendApiError(request.res, error.status, error.reason, error.errorCode);
  }
}

export const handleSendElectronic = (context: TSandboxContext, request: TSandboxRequest) =>
  send(context, request, "electronic");
export const handleSendMultichannel = (context: TSandboxContext, request: TSandboxRequest) =>
  send(context, request, "multichannel");
export const handleSendPaperWithoutId = (context: TSandboxContext, request: TSandboxRequest) =>
  send(context, request, "paper-without-id");

export async function handleGetMessage(context: TSandboxContext, request: TSandboxRequest): Promise<void> {
  const username = await authenticate(context, request);
  if (!username) return;
  const id = Number(request.params.messageId);
  const now = await sandboxNow(context);
  const { rows } = Number.isSafeInteger(id)
    ? await context.pool.query<{
        id: string;
        title: string;
        body: string;
        created_at: Date;
        person_id: string;
        name: string | null;
        thread_root: string | null;
        thread_external_id: string | null;
        agent_id: string | null;
        agent_name: string | null;
      }>(
        `SELECT m.id, m.title, m.body, m.created_at, m.person_id, mb.name, m.thread_root, m.thread_external_id,
           m.agent_id, agent.name AS agent_name
         FROM suomifi_sandbox.messages m
         JOIN suomifi_sandbox.services s ON s.service_id = m.service_id AND s.username = $2
         LEFT JOIN suomifi_sandbox.mailboxes mb ON mb.id = m.person_id
         LEFT JOIN suomifi_sandbox.mailboxes agent ON agent.id = m.agent_id
         WHERE m.id = $1 AND m.direction = 'from_citizen' AND m.created_at > $3`,
        [id, username, new Date(now.getTime() - RETENTION_MS)],
      )
    : { rows: [] };
  const message = rows[0];
  if (!message) return sendApiError(request.res, 404, "Message not found", "NOT_FOUND");
  const attachments = await context.pool.query<{
    id: string;
    filename: string;
    media_type: string;
    size_bytes: number;
  }>(
    `SELECT a.id, a.filename, a.media_type, a.size_bytes FROM suomifi_sandbox.message_attachments ma
     JOIN suomifi_sandbox.attachments a ON a.id = ma.attachment_id WHERE ma.message_id = $1 ORDER BY ma.position`,
    [id],
  );
  const createdAt = message.created_at.toISOString();
  sendJson(request.res, 200, {
    messageId: id,
    createdAt,
    electronic: {
      messageId: id,
      createdAt,
      title: message.title,
      body: message.body,
      attachments: attachments.rows.map((a) => ({
        attachmentId: a.id,
        filename: a.filename,
        mediaType: a.media_type,
        sizeBytes: a.size_bytes,
      })),
      thread:
        message.thread_root === null
          ? null
          : { rootMessageId: Number(message.thread_root), threadExternalId: message.thread_external_id },
    },
    sender: {
      mailboxOwner: { id: message.person_id, name: message.name ?? "" },
      personSendingMessageOnBehalfOfMailboxOwner: message.agent_id
        ? { id: message.agent_id, name: message.agent_name ?? "" }
        : null,
    },
  });
}

const ZActiveRequest = z.object({ endUsers: z.array(z.object({ id: z.string() })).max(10_000) });

export async function handleActiveMailboxes(
  context: TSandboxContext,
  request: TSandboxRequest,
): Promise<void> {
  if (!(await authenticate(context, request))) return;
  const parsed = ZActiveRequest.safeParse(await readJson(request.req));
  if (!parsed.success)
    return sendApiError(request.res, 400, "endUsers: up to 10000 { id } objects", "VALIDATION_ERROR");
  const ids = parsed.data.endUsers.map((user) => user.id);
  const { rows } = await context.pool.query<{ id: string }>(
    "SELECT id FROM suomifi_sandbox.mailboxes WHERE is_active AND id = ANY($1::text[])",
    [ids],
  );
  const active = new Set(rows.map((row) => row.id));
  sendJson(request.res, 200, {
    endUsersWithActiveMailbox: [...new Set(ids)].filter((id) => active.has(id)).map((id) => ({ id })),
  });
}
