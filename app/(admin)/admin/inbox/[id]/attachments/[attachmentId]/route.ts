// A handler downloads an attachment of an inbox message of their organisation; every download is audit-logged.
import { auditActor, requireAdmin } from "@/lib/auth/require-admin";
import { fileResponse } from "@/lib/delivery/pull/file-response";
import { readInboxAttachment } from "@/lib/inbox/read-inbox-attachment";

export async function GET(
  _request: Request,
  context: { params: Promise<{ id: string; attachmentId: string }> },
) {
  const admin = await requireAdmin("submissions.read");
  const { id, attachmentId } = await context.params;
  const file = await readInboxAttachment(admin.organization.id, id, attachmentId, auditActor(admin)).catch(
    () => null,
  );
  if (!file) return new Response("Not found", { status: 404 });
  return fileResponse(file);
}
