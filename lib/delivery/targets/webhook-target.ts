// Webhook target: a signed HTTPS POST of the versioned JSON payload.
import "server-only";
import { getEnv } from "@/lib/env";
import { loadWebhookAllowlist } from "@/lib/delivery/check-target-address";
import { buildWebhookPayload } from "@/lib/delivery/build-webhook-payload";
import { loadSubmissionContents } from "@/lib/delivery/load-submission-contents";
import { postWebhook, type TWebhookResponse } from "@/lib/delivery/post-webhook";
import { readTargetSecrets } from "@/lib/delivery/target-secrets";
import type { TDeliverInput, TTargetAdapter } from "@/lib/delivery/target-adapter";
import { signWebhook, webhookMessageId } from "@/lib/delivery/webhook-signing";

export async function sendSignedWebhook(input: {
  target: { id: string; organizationId: string; url: string | null; secretsEncrypted: string | null };
  messageId: string;
  payload: unknown;
}): Promise<TWebhookResponse> {
  const body = JSON.stringify(input.payload);
  // The receiver compares the timestamp with its own clock, so this is wall-clock time, not lib/clock.
  const headers = signWebhook({
    secrets: readTargetSecrets(input.target),
    messageId: input.messageId,
    timestamp: new Date(),
    payload: body,
  });
  return postWebhook({
    url: input.target.url ?? "",
    headers,
    body,
    timeoutMs: getEnv().DELIVERY_TIMEOUT_MS,
    allowlist: await loadWebhookAllowlist(input.target.organizationId),
  });
}

export const webhookTarget: TTargetAdapter = {
  initialStatus: "pending",
  deliver: async ({ delivery, target }: TDeliverInput) => {
    const contents = await loadSubmissionContents(delivery.submissionId);
    const payload = await buildWebhookPayload({ deliveryId: delivery.id, contents, target });
    return sendSignedWebhook({ target, messageId: webhookMessageId(delivery.id), payload });
  },
};
