import { jsonResponse, withApiKey } from "@/lib/delivery/pull/api-route";
import { listPullSubmissions } from "@/lib/delivery/pull/pull-submissions";

export const dynamic = "force-dynamic";

export const GET = withApiKey("submissions:read", async (request, auth) => {
  const url = new URL(request.url);
  const limit = Number(url.searchParams.get("limit") ?? "100");
  return jsonResponse(
    await listPullSubmissions(
      auth.organizationId,
      url.searchParams.get("after"),
      Number.isFinite(limit) ? limit : 100,
    ),
  );
});
