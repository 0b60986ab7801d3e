import { jsonResponse, withApiKey } from "@/lib/delivery/pull/api-route";
import { getPullSubmission } from "@/lib/delivery/pull/pull-submissions";

export const dynamic = "force-dynamic";

export const GET = withApiKey<{ id: string }>("submissions:read", async (_request, auth, params) => {
  const submission = await getPullSubmission(auth.organizationId, params.id);
  return submission ? jsonResponse(submission) : jsonResponse({ error: "not_found" }, 404);
});
