// Webhook target: a signed HTTPS POST of the versioned JSON payload (Standard Webhooks).
import "server-only";
import { z } from "zod";
import { getEnv } from "@/lib/env";
import { checkTargetAddress, loadWebhookAllowlist } from "@/lib/delivery/check-target-address";
import { buildDeliveryPayload, type TDeliveryPayload } from "@/lib/delivery/build-delivery-payload";
import { MessageContentsGoneError } from "@/lib/delivery/build-message-payload";
import { postWebhook, type TWebhookResponse } from "@/lib/delivery/post-webhook";
import { buildTestEventPayload } from "@/lib/delivery/build-test-event";
import { readWebhookSecrets, rotateSecrets } from "@/lib/delivery/target-secrets";
import type { TDeliveryOutcome, TTargetAdapterOf } from "@/lib/delivery/target-adapter";
import { ZPayloadOptions } from "@/lib/delivery/targets/payload-options";
import { signWebhook, webhookMessageId } from "@/lib/delivery/webhook-signing";
import { nowMs } from "@/lib/clock";

function isWebhookUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (
      (parsed.protocol === "https:" || parsed.protocol === "http:") && !parsed.username && !parsed.password
    );
  } catch {
    return false;
  }
}

export const ZWebhookOptions = ZPayloadOptions.extend({
  url: z.string().refine(isWebhookUrl, { error: "url" }),
});
export type TWebhookOptions = z.infer<typeof ZWebhookOptions>;

export async function sendSignedWebhook(input: {
  organizationId: string;
  url: string;
  secrets: unknown;
  messageId: string;
  payload: unknown;
}): Promise<TWebhookResponse> {
  const body = JSON.stringify(input.payload);
  // The receiver compares the timestamp with its own clock, so this is wall-clock time, not lib/clock.
  const headers = signWebhook({
    secrets: readWebhookSecrets(input.secrets),
    messageId: input.messageId,
    timestamp: new Date(),
    payload: body,
  });
  return postWebhook({
    url: input.url,
    headers,
    body,
    timeoutMs: getEnv().DELIVERY_TIMEOUT_MS,
    allowlist: await loadWebhookAllowlist(input.organizationId),
  });
}

/**
 * Only 2xx is success. A receiver that is down or answers an error is retried; an address the policy refuses
 * will not become allowed by waiting, so it is permanent (dead-lettered at once, the owner is told).
 */
export function judgeWebhookResponse(result: TWebhookResponse): TDeliveryOutcome {
  if (result.kind === "response") {
    const isSuccess = result.status >= 200 && result.status < 300;
    return isSuccess
      ? { kind: "success", durationMs: result.durationMs, httpStatus: result.status, detail: result.excerpt }
      : {
          kind: "retryable",
          durationMs: result.durationMs,
          reason: `HTTP ${result.status}`,
          httpStatus: result.status,
          detail: result.excerpt,
        };
  }
  if (result.kind === "blocked")
    return { kind: "permanent", durationMs: result.durationMs, reason: result.error, code: "blocked" };
  return { kind: "retryable", durationMs: result.durationMs, reason: `${result.kind}: ${result.error}` };
}

export const webhookTarget: TTargetAdapterOf<TWebhookOptions, TWebhookOptions> = {
  mode: "push",
  optionsSchema: ZWebhookOptions,
  formSchema: ZWebhookOptions.extend({
    url: z.string().trim().max(2000).refine(isWebhookUrl, { error: "url" }),
  }),
  prepareSave: async ({ organizationId, form, previous }) => {
    const options = { ...form, url: new URL(form.url).toString() };
    // Refused at save (and still checked at every send, since DNS answers change); throws OutboundAddressError.
    await checkTargetAddress(organizationId, options.url);
    if (previous) return { ok: true, options, secrets: previous.secrets };
    const { secrets, newSecret } = rotateSecrets([]);
    return { ok: true, options, secrets, revealOnce: newSecret };
  },
  deliver: async ({ delivery, target, options, secrets }) => {
    let payload: TDeliveryPayload;
    try {
      ({ payload } = await buildDeliveryPayload(delivery, options));
    } catch (error) {
      // A message erased or purged before it went out: waiting cannot bring it back.
      if (error instanceof MessageContentsGoneError)
        return { kind: "permanent", durationMs: 0, reason: "contents: no longer stored" };
      throw error;
    }
    const result = await sendSignedWebhook({
      organizationId: target.organizationId,
      url: options.url,
      secrets,
      messageId: webhookMessageId(delivery.id),
      payload,
    });
    return judgeWebhookResponse(result);
  },
  checkHealth: async ({ target, options, secrets }) => {
    const messageId = `msg_test_${crypto.randomUUID()}`;
    const result = await sendSignedWebhook({
      organizationId: target.organizationId,
      url: options.url,
      secrets,
      messageId,
      // A made-up submission of the published shape, so receivers test their real parsing too.
      payload: buildTestEventPayload({
        deliveryId: messageId,
        organizationId: target.organizationId,
        at: new Date(nowMs()),
      }),
    });
    const outcome = judgeWebhookResponse(result);
    return {
      isHealthy: outcome.kind === "success",
      durationMs: outcome.durationMs,
      detail: outcome.kind === "success" ? `HTTP ${outcome.httpStatus}` : outcome.reason,
      ...(outcome.httpStatus ? { httpStatus: outcome.httpStatus } : {}),
    };
  },
  describe: (options) => options.url,
  ledger: { requestId: webhookMessageId, requestIdLabel: "webhookId", canReplay: true },
};
