import { jsonResponse, withApiKey } from "@/lib/delivery/pull/api-route";
import { getPullAttachment } from "@/lib/delivery/pull/pull-submissions";
import { fileResponse } from "@/lib/delivery/pull/file-response";

export const dynamic = "force-dynamic";

export const GET = withApiKey<{ id: string; attachmentId: string }>(
  "submissions:read",
  async (_request, auth, params) => {
    const file = await getPullAttachment(auth.organizationId, params.id, params.attachmentId);
    return file ? fileResponse(file) : jsonResponse({ error: "not_found" }, 404);
  },
);
