// Idempotency-Key for the write API (the IETF httpapi draft's header): per organisation, the first request with a
// key fixes what the key means (a fingerprint of method, path and body). The same request again answers the
// first result; another request with the key is refused. A request that did not complete (a crash, Suomi.fi
// unavailable: 5xx) is run again on retry: the operations behind it are themselves idempotent (the message's
// externalId is derived from the key), so a second run finds what the first did and never sends twice.
import "server-only";
import { createHash } from "node:crypto";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

export type TApiResult = { status: number; body: Prisma.InputJsonObject };
export type TIdempotentResult = TApiResult & { isReplayed: boolean };

/** Printable ASCII, at most 255 characters (a UUID is the usual choice). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

/** JSON with sorted keys: two bodies that differ only in key order or spacing are the same request. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

export function requestFingerprint(method: string, path: string, body: unknown): string {
  return createHash("sha256")
    .update(`${method} ${path}\n${canonicalJson(body)}`)
    .digest("hex");
}

/**
 * A stable UUID for what a key does inside the organisation (e.g. the case message's own id), so every run of
 * one keyed request names the same message.
 */
export function idempotentUuid(organizationId: string, key: string): string {
  const hex = createHash("sha256").update(`${organizationId}\n${key}`).digest("hex").slice(0, 32).split("");
  hex[12] = "8"; // version 8: custom
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16); // RFC 4122 variant
  const text = hex.join("");
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

export async function runIdempotent(
  input: { organizationId: string; apiKeyId: string; key: string; fingerprint: string },
  run: () => Promise<TApiResult>,
): Promise<TIdempotentResult> {
  const prisma = getPrisma();
  await prisma.apiIdempotencyKey.createMany({
    data: [
      {
        organizationId: input.organizationId,
        apiKeyId: input.apiKeyId,
        key: input.key,
        fingerprint: input.fingerprint,
        createdAt: now(),
      },
    ],
    skipDuplicates: true,
  });
  const row = await prisma.apiIdempotencyKey.findUniqueOrThrow({
    where: { organizationId_key: { organizationId: input.organizationId, key: input.key } },
  });
  if (row.fingerprint !== input.fingerprint) {
    return {
      status: 409,
      body: {
        error: "idempotency_key_reused",
        message:
          "This Idempotency-Key was first used for a different request (method, path or body). " +
          "Use a new key for a new request.",
      },
      isReplayed: false,
    };
  }
  if (row.responseStatus !== null && row.responseBody !== null) {
    return {
      status: row.responseStatus,
      body: row.responseBody as Prisma.InputJsonObject,
      isReplayed: true,
    };
  }
  const result = await run();
  if (result.status < 500) {
    // Two runs at once both complete the same operation; the first to finish fixes the answer.
    await prisma.apiIdempotencyKey.updateMany({
      where: { id: row.id, completedAt: null },
      data: { responseStatus: result.status, responseBody: result.body, completedAt: now() },
    });
  }
  return { ...result, isReplayed: false };
}
