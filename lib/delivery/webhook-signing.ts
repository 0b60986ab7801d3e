// Standard Webhooks signing (webhook-id, webhook-timestamp, webhook-signature) with the standardwebhooks library.
// During a secret rotation two secrets are active: both signatures are sent, space-separated.
import { randomBytes } from "node:crypto";
import { Webhook } from "standardwebhooks";

export type TWebhookSecret = { id: string; secret: string; createdAt: string };

export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

export function signWebhook(input: {
  secrets: readonly TWebhookSecret[];
  messageId: string;
  timestamp: Date;
  payload: string;
}): Record<string, string> {
  if (input.secrets.length === 0) throw new Error("A webhook target needs at least one secret");
  const signatures = input.secrets.map((secret) =>
    new Webhook(secret.secret).sign(input.messageId, input.timestamp, input.payload),
  );
  return {
    "webhook-id": input.messageId,
    "webhook-timestamp": String(Math.floor(input.timestamp.getTime() / 1000)),
    "webhook-signature": signatures.join(" "),
  };
}

/** The webhook-id of a delivery: the same on every attempt and replay, so receivers can drop duplicates. */
export function webhookMessageId(deliveryId: string): string {
  return `msg_${deliveryId}`;
}
