// The secret key of keyed hashes (HMAC). Separate from the encryption keys: it cannot be rotated without
// recomputing every stored hash, so it has one value.
import "server-only";

import { loadDevKeys } from "@/lib/crypto/dev-keys";
import { decodeBase64Key, KeyringError } from "@/lib/crypto/keyring";
import { getEnv } from "@/lib/env";

export const MIN_HASH_KEY_BYTES = 32;

export function parseHashKey(text: string, source = "LOMAKE_HASH_KEY"): Buffer {
  const key = decodeBase64Key(text, source);
  if (key.length < MIN_HASH_KEY_BYTES) {
    throw new KeyringError(
      `${source} must be at least ${MIN_HASH_KEY_BYTES} bytes (got ${key.length}); ` +
        "generate one with: openssl rand -base64 32",
    );
  }
  return key;
}

function loadHashKey(): Buffer {
  const env = getEnv();
  if (env.LOMAKE_HASH_KEY) return parseHashKey(env.LOMAKE_HASH_KEY);
  if (env.isProduction) {
    throw new KeyringError(
      "LOMAKE_HASH_KEY must be set in production (base64, made with: openssl rand -base64 32)",
    );
  }
  return parseHashKey(loadDevKeys().hashKey, ".data/dev-keys.json hashKey");
}

let cached: Buffer | undefined;

export function getHashKey(): Buffer {
  cached ??= loadHashKey();
  return cached;
}

export function resetHashKeyCache(): void {
  cached = undefined;
}
