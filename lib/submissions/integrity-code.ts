import "server-only";
import { createHmac } from "node:crypto";
import { getHashKey } from "@/lib/crypto/hash-key";
import { sha256Hex, timingSafeEqualString } from "@/lib/crypto/keyed-hash";

/**
 * The integrity code printed at the end of a hand-off text: HMAC-SHA256 with a server key over the reference,
 * the SHA-256 of the normalised text (without the integrity line itself) and the sorted attachment hashes.
 * The citizen's browser posts the text to Suomi.fi, so the retrieval job recomputes this from what Suomi.fi
 * stored to detect a post changed on the way. Shown as 16 groups of hex, shortened to 128 bits.
 */
export function computeIntegrityCode(
  input: { reference: string; textSha256: string; attachmentSha256s: readonly string[] },
  key: Buffer = getHashKey(),
): string {
  const payload = [
    "lomake-integrity-v1",
    input.reference,
    input.textSha256,
    ...[...input.attachmentSha256s].sort(),
  ].join("\n");
  const digest = createHmac("sha256", key).update(payload, "utf8").digest("hex").slice(0, 32).toUpperCase();
  return digest.match(/.{4}/g)!.join("-");
}

export function textSha256(normalisedText: string): string {
  return sha256Hex(normalisedText);
}

export function isIntegrityCodeValid(
  code: string,
  input: { reference: string; textSha256: string; attachmentSha256s: readonly string[] },
  key?: Buffer,
): boolean {
  return timingSafeEqualString(code.trim().toUpperCase(), computeIntegrityCode(input, key));
}
