// POST /v2/attachments (organisation uploads) and GET /v1/attachments/{id} (citizens' attachments).
import { randomUUID } from "node:crypto";
import { authenticate } from "./rest-auth-routes";
import { fileExtension, inferMediaType } from "./media-type";
import { RETENTION_MS, sandboxNow, type TSandboxContext } from "./sandbox-context";
import { BodyTooLargeError, readForm, sendApiError, sendJson, type TSandboxRequest } from "./sandbox-http";
import { insertAttachment } from "./sandbox-message-store";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
const UPLOAD_EXTENSIONS = new Set([
  "pdf",
  "jpg",
  "jpeg",
  "png",
  "doc",
  "docx",
  "xls",
  "xlsx",
  "ppt",
  "pptx",
  "odt",
  "ods",
  "txt",
  "csv",
  "rtf",
]);

export async function handleUploadAttachment(
  context: TSandboxContext,
  request: TSandboxRequest,
): Promise<void> {
  const username = await authenticate(context, request);
  if (!username) return;
  const type = request.req.headers["content-type"] ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data")) {
    return sendApiError(
      request.res,
      400,
      "Expected multipart/form-data with a part named file",
      "VALIDATION_ERROR",
    );
  }
  let form: FormData;
  try {
    form = await readForm(request.req, MAX_UPLOAD_BYTES + 64 * 1024);
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return sendApiError(request.res, 413, "Attachment is larger than 10 MB", "ATTACHMENT_TOO_LARGE");
    return sendApiError(request.res, 400, "Malformed multipart body", "VALIDATION_ERROR");
  }
  const file = form.get("file");
  if (!(file instanceof File))
    return sendApiError(request.res, 400, "Missing part named file", "VALIDATION_ERROR");
  if (file.size > MAX_UPLOAD_BYTES)
    return sendApiError(request.res, 413, "Attachment is larger than 10 MB", "ATTACHMENT_TOO_LARGE");
  if (!UPLOAD_EXTENSIONS.has(fileExtension(file.name))) {
    return sendApiError(
      request.res,
      415,
      `File type of ${file.name} is not allowed`,
      "UNSUPPORTED_FILE_TYPE",
    );
  }
  const content = new Uint8Array(await file.arrayBuffer());
  const attachmentId = randomUUID();
  await insertAttachment(context.pool, {
    id: attachmentId,
    username,
    filename: file.name,
    mediaType: inferMediaType(file.name, file.type, content),
    content,
    createdAt: await sandboxNow(context),
  });
  sendJson(request.res, 201, { attachmentId });
}

export async function handleDownloadAttachment(
  context: TSandboxContext,
  request: TSandboxRequest,
): Promise<void> {
  const username = await authenticate(context, request);
  if (!username) return;
  const now = await sandboxNow(context);
  const { rows } = await context.pool.query<{ filename: string; media_type: string; content: Buffer }>(
    `SELECT a.filename, a.media_type, a.content FROM suomifi_sandbox.attachments a
     WHERE a.id::text = $1 AND EXISTS (
       SELECT 1 FROM suomifi_sandbox.message_attachments ma
       JOIN suomifi_sandbox.messages m ON m.id = ma.message_id AND m.direction = 'from_citizen' AND m.created_at > $3
       JOIN suomifi_sandbox.services s ON s.service_id = m.service_id AND s.username = $2
       WHERE ma.attachment_id = a.id)`,
    [request.params.attachmentId, username, new Date(now.getTime() - RETENTION_MS)],
  );
  const attachment = rows[0];
  if (!attachment) return sendApiError(request.res, 404, "Attachment not found", "NOT_FOUND");
  request.res.writeHead(200, {
    "Content-Type": attachment.media_type,
    "Content-Length": attachment.content.length,
    "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
    "Cache-Control": "no-store",
  });
  request.res.end(attachment.content);
}
