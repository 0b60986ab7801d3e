import { setStateFromApi } from "@/lib/case-messages/case-message-api";
import { ZApiStatusChange } from "@/lib/delivery/pull/write-api-schemas";
import { withApiKey } from "@/lib/delivery/pull/api-route";
import { apiKeyActor, handleIdempotentWrite } from "@/lib/delivery/pull/api-write-route";

export const dynamic = "force-dynamic";

export const POST = withApiKey<{ id: string }>("messages:send", async (request, auth, params) =>
  handleIdempotentWrite(
    request,
    auth,
    { schema: ZApiStatusChange, action: "api.state_change_requested", objectId: params.id },
    (body, idempotencyKey) =>
      setStateFromApi(
        { organizationId: auth.organizationId, submissionId: params.id, idempotencyKey, body },
        apiKeyActor(auth),
      ),
  ),
);
