import { sendCaseMessageFromApi } from "@/lib/case-messages/case-message-api";
import { ZApiCaseMessage } from "@/lib/delivery/pull/write-api-schemas";
import { withApiKey } from "@/lib/delivery/pull/api-route";
import { apiKeyActor, handleIdempotentWrite } from "@/lib/delivery/pull/api-write-route";

export const dynamic = "force-dynamic";

export const POST = withApiKey<{ id: string }>("messages:send", async (request, auth, params) =>
  handleIdempotentWrite(
    request,
    auth,
    { schema: ZApiCaseMessage, action: "api.case_message_requested", objectId: params.id },
    (body, idempotencyKey) =>
      sendCaseMessageFromApi(
        { organizationId: auth.organizationId, submissionId: params.id, idempotencyKey, body },
        apiKeyActor(auth),
      ),
  ),
);
