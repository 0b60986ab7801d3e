// The token in a submission's hand-off and return addresses: HMAC-bound to the submission and an expiry,
// valid for 24 hours, usable more than once, no cookie needed.
import "server-only";
import { createHmac } from "node:crypto";
import { now } from "@/lib/clock";
import { getHashKey } from "@/lib/crypto/hash-key";
import { timingSafeEqualString } from "@/lib/crypto/keyed-hash";

export const HANDOFF_TOKEN_LIFETIME_MS = 24 * 60 * 60 * 1000;

function mac(submissionId: string, expiresAtSeconds: number, key: Buffer): string {
  return createHmac("sha256", key)
    .update(`lomake-return-v1\n${submissionId}\n${expiresAtSeconds}`, "utf8")
    .digest("base64url");
}

export function createHandoffToken(submissionId: string, key: Buffer = getHashKey()): string {
  const expiresAtSeconds = Math.floor((now().getTime() + HANDOFF_TOKEN_LIFETIME_MS) / 1000);
  return `${submissionId}.${expiresAtSeconds.toString(36)}.${mac(submissionId, expiresAtSeconds, key)}`;
}

/** The submission id when the token is genuine and unexpired, else null. */
export function verifyHandoffToken(token: string, key: Buffer = getHashKey()): string | null {
  const match = /^([0-9a-f-]{36})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return null;
  const [, submissionId, expiry, signature] = match as unknown as [string, string, string, string];
  const expiresAtSeconds = parseInt(expiry, 36);
  if (!timingSafeEqualString(signature, mac(submissionId, expiresAtSeconds, key))) return null;
  if (expiresAtSeconds * 1000 <= now().getTime()) return null;
  return submissionId;
}
