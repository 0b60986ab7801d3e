import { jsonResponse, withApiKey } from "@/lib/delivery/pull/api-route";
import { acknowledgePullMessage } from "@/lib/delivery/pull/pull-messages";

export const dynamic = "force-dynamic";

export const POST = withApiKey<{ id: string }>("submissions:ack", async (_request, auth, params) => {
  const result = await acknowledgePullMessage(auth.organizationId, params.id);
  switch (result.kind) {
    case "acknowledged":
      return jsonResponse({ isAcknowledged: true, acknowledgedAt: result.acknowledgedAt.toISOString() });
    case "not-found":
      return jsonResponse(
        { error: "not_found", message: "No citizen message with this id in the key's organisation." },
        404,
      );
    case "nothing-to-acknowledge":
      return jsonResponse(
        {
          error: "nothing_to_acknowledge",
          message:
            "This message was not given to a pull target (none was enabled for it when it arrived), or that " +
            "delivery was cancelled.",
        },
        409,
      );
  }
});
