// Signed, expiring links to a submission's attachments for webhook payloads (HMAC with the hash key).
import "server-only";
import { createHmac } from "node:crypto";
import { nowMs } from "@/lib/clock";
import { getHashKey } from "@/lib/crypto/hash-key";
import { timingSafeEqualString } from "@/lib/crypto/keyed-hash";
import { getEnv } from "@/lib/env";

export type TAttachmentSource = "retrieved" | "stored";

function signature(source: TAttachmentSource, id: string, expires: number): string {
  return createHmac("sha256", getHashKey())
    .update(`lomake-attachment-link-v1\n${source}\n${id}\n${expires}`)
    .digest("base64url");
}

export function appBaseUrl(): string {
  const env = getEnv();
  return env.APP_URL ?? `http://localhost:${env.PORT}`;
}

export function signAttachmentLink(
  source: TAttachmentSource,
  id: string,
): { url: string; expiresAt: string } {
  const expires = Math.floor(nowMs() / 1000) + getEnv().DELIVERY_LINK_TTL_HOURS * 3600;
  const url = new URL(`/api/v1/attachments/${source}/${id}`, appBaseUrl());
  url.searchParams.set("expires", String(expires));
  url.searchParams.set("signature", signature(source, id, expires));
  return { url: url.toString(), expiresAt: new Date(expires * 1000).toISOString() };
}

export function isAttachmentLinkValid(
  source: TAttachmentSource,
  id: string,
  expires: string,
  given: string,
): boolean {
  const expiresAt = Number(expires);
  if (!Number.isInteger(expiresAt) || expiresAt * 1000 < nowMs()) return false;
  return timingSafeEqualString(given, signature(source, id, expiresAt));
}
