// The secrets of a target, whatever its kind, encrypted in delivery_target.secrets_encrypted and bound to the
// target's id; each adapter reads its own shape out of them.
import "server-only";
import { z } from "zod";
import { decryptJson, encryptJson } from "@/lib/crypto/encrypt-value";
import { deliveryTargetSecretsContext } from "@/lib/crypto/encryption-contexts";
import { generateWebhookSecret, type TWebhookSecret } from "@/lib/delivery/webhook-signing";
import { nowMs } from "@/lib/clock";

const context = deliveryTargetSecretsContext;

export function readTargetSecrets(target: { id: string; secretsEncrypted: string | null }): unknown {
  if (!target.secretsEncrypted) return null;
  return decryptJson(target.secretsEncrypted, { associatedData: context(target.id) });
}

export function encryptTargetSecrets(targetId: string, secrets: unknown): string | null {
  if (secrets === null || secrets === undefined) return null;
  return encryptJson(secrets, { associatedData: context(targetId) });
}

const ZWebhookSecrets = z.array(z.object({ id: z.string(), secret: z.string(), createdAt: z.string() }));

export function readWebhookSecrets(secrets: unknown): TWebhookSecret[] {
  return secrets === null ? [] : ZWebhookSecrets.parse(secrets);
}

/** A new secret first; the newest previous one stays active so receivers can switch over. At most two. */
export function rotateSecrets(current: TWebhookSecret[]): { secrets: TWebhookSecret[]; newSecret: string } {
  const newSecret = generateWebhookSecret();
  const entry = { id: crypto.randomUUID(), secret: newSecret, createdAt: new Date(nowMs()).toISOString() };
  return { secrets: [entry, ...current.slice(0, 1)], newSecret };
}
