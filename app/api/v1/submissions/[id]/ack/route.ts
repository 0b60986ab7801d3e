import { jsonResponse, withApiKey } from "@/lib/delivery/pull/api-route";
import { acknowledgePullSubmission } from "@/lib/delivery/pull/pull-submissions";

export const dynamic = "force-dynamic";

const NOTHING_TO_ACKNOWLEDGE = {
  "no-pull-delivery":
    "This submission was not given to a pull target: none was enabled for its form when it arrived. " +
    "An owner can send earlier submissions to the target under Delivery (backfill); then acknowledge.",
  cancelled: "The pull delivery of this submission was cancelled (the target was disabled or removed).",
} as const;

export const POST = withApiKey<{ id: string }>("submissions:ack", async (_request, auth, params) => {
  const result = await acknowledgePullSubmission(auth.organizationId, params.id);
  switch (result.kind) {
    case "acknowledged":
      return jsonResponse({ isAcknowledged: true, acknowledgedAt: result.acknowledgedAt.toISOString() });
    case "not-found":
      return jsonResponse(
        { error: "not_found", message: "No released submission with this id in the key's organisation." },
        404,
      );
    case "nothing-to-acknowledge":
      return jsonResponse(
        { error: "nothing_to_acknowledge", message: NOTHING_TO_ACKNOWLEDGE[result.reason] },
        409,
      );
  }
});
