import { jsonResponse, withApiKey } from "@/lib/delivery/pull/api-route";
import { getPullMessage } from "@/lib/delivery/pull/pull-messages";

export const dynamic = "force-dynamic";

export const GET = withApiKey<{ id: string }>("submissions:read", async (_request, auth, params) => {
  const message = await getPullMessage(auth.organizationId, params.id);
  return message ? jsonResponse(message) : jsonResponse({ error: "not_found" }, 404);
});
