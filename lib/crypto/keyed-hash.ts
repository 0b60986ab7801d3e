// Keyed hashes find a sensitive value (for example submissions by henkilötunnus) without storing it readably,
// and plain hashes store only a digest of one-time tokens (invitation, password reset, resume links).
import "server-only";

import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

import { getHashKey } from "@/lib/crypto/hash-key";

export type THashPurpose = "henkilotunnus" | "business-id" | "email" | "text" | "person-name";

export type TKeyedHashOptions = {
  purpose: THashPurpose;
  encoding?: "hex" | "base64url";
  /** Defaults to LOMAKE_HASH_KEY (or the development key). */
  key?: Uint8Array;
};

/** The form a value is hashed in, so that "010280-952l " and "010280-952L" find the same row. */
export function normaliseForHash(value: string, purpose: THashPurpose): string {
  const text = value.normalize("NFC").trim();
  switch (purpose) {
    case "henkilotunnus":
    case "business-id":
      return text.replace(/\s+/g, "").toUpperCase();
    case "email":
    case "person-name":
      return text.toLowerCase();
    case "text":
      return text;
  }
}

/** HMAC-SHA256 of the normalised value; the purpose is part of the input, so equal values of different kinds differ. */
export function keyedHash(value: string, options: TKeyedHashOptions): string {
  const hmac = createHmac("sha256", options.key ?? getHashKey());
  hmac.update(`${options.purpose}\u0000${normaliseForHash(value, options.purpose)}`, "utf8");
  return hmac.digest(options.encoding ?? "hex");
}

export function sha256Hex(value: string | Uint8Array): string {
  return createHash("sha256").update(value).digest("hex");
}

/** A random URL-safe token (base64url of `bytes` random bytes). */
export function randomToken(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < 16) throw new RangeError("randomToken: at least 16 bytes");
  return randomBytes(bytes).toString("base64url");
}

/** What to store for a one-time token: its SHA-256 (the token itself is random enough not to need a key). */
export function hashToken(token: string): string {
  return sha256Hex(token);
}

/** Compares two strings in time independent of where they differ (for tokens, hashes and signatures). */
export function timingSafeEqualString(a: string, b: string): boolean {
  // Comparing digests: equal length always (timingSafeEqual never throws) and no early exit on length.
  const digestA = createHash("sha256").update(a, "utf8").digest();
  const digestB = createHash("sha256").update(b, "utf8").digest();
  return timingSafeEqual(digestA, digestB);
}
