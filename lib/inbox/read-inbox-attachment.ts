// The bytes of one attachment of an inbox message, for a handler's download; audit-logged like opening it.
import "server-only";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { decryptBytes } from "@/lib/crypto/encrypt-value";
import { retrievedAttachmentContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import { inboxWhere } from "@/lib/submissions/work-view-messages";

export async function readInboxAttachment(
  organizationId: string,
  messageId: string,
  attachmentId: string,
  actor: TAuditActor,
): Promise<{ bytes: Buffer; filename: string; mediaType: string } | null> {
  const row = await getPrisma().retrievedAttachment.findFirst({
    where: { id: attachmentId, message: { AND: [inboxWhere(organizationId), { id: messageId }] } },
  });
  if (!row?.contentEncrypted) return null;
  await recordAuditEvent({
    organizationId,
    actor,
    action: "inbox.attachment_downloaded",
    objectType: "retrieved_message",
    objectId: messageId,
    details: { attachmentId },
  });
  return {
    bytes: decryptBytes(row.contentEncrypted, { associatedData: retrievedAttachmentContext(row.id) }),
    filename: row.filename,
    mediaType: row.mediaType,
  };
}
