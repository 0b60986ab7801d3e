// A handler downloads an attachment of a submission of their organisation; every download is audit-logged.
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requireAdmin } from "@/lib/auth/require-admin";
import { readAttachmentBytes } from "@/lib/delivery/load-submission-contents";
import { fileResponse } from "@/lib/delivery/pull/file-response";

export async function GET(
  _request: Request,
  context: { params: Promise<{ id: string; source: string; attachmentId: string }> },
) {
  const admin = await requireAdmin("submissions.read");
  const { id, source, attachmentId } = await context.params;
  if (source !== "retrieved" && source !== "stored") return new Response("Not found", { status: 404 });
  const file = await readAttachmentBytes(source, attachmentId).catch(() => null);
  if (!file || file.organizationId !== admin.organization.id || file.submissionId !== id) {
    return new Response("Not found", { status: 404 });
  }
  await recordAuditEvent({
    organizationId: admin.organization.id,
    actor: { userId: admin.user.id, email: admin.user.email, ip: admin.ip },
    action: "submission.viewed",
    objectType: "submission",
    objectId: id,
    details: { attachmentId },
  });
  return fileResponse(file);
}
