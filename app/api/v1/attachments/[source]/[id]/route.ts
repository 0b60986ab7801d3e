// Signed, expiring attachment links from webhook payloads (no API key: the signature is the permission).
import { isAttachmentLinkValid } from "@/lib/delivery/attachment-links";
import { readAttachmentBytes } from "@/lib/delivery/load-submission-contents";
import { fileResponse } from "@/lib/delivery/pull/file-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, context: { params: Promise<{ source: string; id: string }> }) {
  const { source, id } = await context.params;
  const url = new URL(request.url);
  if (
    (source !== "retrieved" && source !== "stored") ||
    !isAttachmentLinkValid(
      source,
      id,
      url.searchParams.get("expires") ?? "",
      url.searchParams.get("signature") ?? "",
    )
  ) {
    return new Response("Not found", { status: 404 });
  }
  const file = await readAttachmentBytes(source, id).catch(() => null);
  return file ? fileResponse(file) : new Response("Not found", { status: 404 });
}
