import "server-only";
import { decryptJson, encryptJson } from "@/lib/crypto/encrypt-value";
import { deliveryTargetSecretsContext } from "@/lib/crypto/encryption-contexts";
import { generateWebhookSecret, type TWebhookSecret } from "@/lib/delivery/webhook-signing";
import { nowMs } from "@/lib/clock";

const context = deliveryTargetSecretsContext;

export function readTargetSecrets(target: { id: string; secretsEncrypted: string | null }): TWebhookSecret[] {
  if (!target.secretsEncrypted) return [];
  return decryptJson(target.secretsEncrypted, { associatedData: context(target.id) }) as TWebhookSecret[];
}

export function encryptTargetSecrets(targetId: string, secrets: TWebhookSecret[]): string {
  return encryptJson(secrets, { associatedData: context(targetId) });
}

/** A new secret first; the newest previous one stays active so receivers can switch over. At most two. */
export function rotateSecrets(current: TWebhookSecret[]): { secrets: TWebhookSecret[]; newSecret: string } {
  const newSecret = generateWebhookSecret();
  const entry = { id: crypto.randomUUID(), secret: newSecret, createdAt: new Date(nowMs()).toISOString() };
  return { secrets: [entry, ...current.slice(0, 1)], newSecret };
}
