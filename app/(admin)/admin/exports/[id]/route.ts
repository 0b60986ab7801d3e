import { requireAdmin } from "@/lib/auth/require-admin";
import { downloadExport } from "@/lib/delivery/export/request-export";

const MEDIA_TYPES: Record<string, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json",
  zip: "application/zip",
};

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }) {
  const admin = await requireAdmin("submissions.handle");
  const { id } = await context.params;
  const file = await downloadExport(admin.organization.id, id, {
    userId: admin.user.id,
    email: admin.user.email,
    ip: admin.ip,
  });
  if (!file) return new Response("Not found", { status: 404 });
  const extension = file.fileName.split(".").pop() ?? "";
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "content-type": MEDIA_TYPES[extension] ?? "application/octet-stream",
      "content-disposition": `attachment; filename="${file.fileName}"`,
      "cache-control": "no-store",
    },
  });
}
