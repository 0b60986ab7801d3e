import { jsonResponse, withApiKey } from "@/lib/delivery/pull/api-route";
import { acknowledgePullSubmission } from "@/lib/delivery/pull/pull-submissions";

export const dynamic = "force-dynamic";

export const POST = withApiKey<{ id: string }>(async (_request, auth, params) => {
  const isAcknowledged = await acknowledgePullSubmission(auth.organizationId, params.id);
  return isAcknowledged ? jsonResponse({ isAcknowledged }) : jsonResponse({ error: "not_found" }, 404);
});
