import { jsonResponse, withApiKey } from "@/lib/delivery/pull/api-route";
import { listPullMessages } from "@/lib/delivery/pull/pull-messages";

export const dynamic = "force-dynamic";

export const GET = withApiKey("submissions:read", async (request, auth) => {
  const url = new URL(request.url);
  const limit = Number(url.searchParams.get("limit") ?? "100");
  return jsonResponse(
    await listPullMessages(
      auth.organizationId,
      url.searchParams.get("after"),
      Number.isFinite(limit) ? limit : 100,
    ),
  );
});
