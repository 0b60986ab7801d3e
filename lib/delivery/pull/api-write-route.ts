// The write API's request handling, shared by its routes: the Idempotency-Key header, a bounded JSON body parsed
// with the route's schema, the idempotent run, and one audit event per call with the key as the actor.
import "server-only";
import type { z } from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { sha256Hex } from "@/lib/crypto/keyed-hash";
import type { TApiKeyAuth } from "@/lib/delivery/pull/api-keys";
import {
  IDEMPOTENCY_KEY_PATTERN,
  requestFingerprint,
  runIdempotent,
  type TApiResult,
} from "@/lib/delivery/pull/api-idempotency";
import { apiKeyLabel, jsonResponse } from "@/lib/delivery/pull/api-route";

/** 50 PDFs of 10 MB do not fit one request; larger sets go in several messages or from the admin. */
export const MAX_WRITE_BODY_BYTES = 40 * 1024 * 1024;

export const apiKeyActor = (auth: TApiKeyAuth): TAuditActor => ({ apiKey: apiKeyLabel(auth) });

const problem = (status: number, error: string, message: string, extra: object = {}): TApiResult => ({
  status,
  body: { error, message, ...extra },
});

async function readBoundedText(request: Request): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_WRITE_BODY_BYTES) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_WRITE_BODY_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

async function parseRequest<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<{ key: string; json: unknown; body: z.output<S> } | TApiResult> {
  const key = request.headers.get("idempotency-key")?.trim() ?? "";
  if (!key)
    return problem(
      400,
      "idempotency_key_required",
      "Send an Idempotency-Key header (e.g. a new UUID) with each request.",
    );
  if (!IDEMPOTENCY_KEY_PATTERN.test(key))
    return problem(
      400,
      "idempotency_key_invalid",
      "The Idempotency-Key must be 1–255 printable ASCII characters.",
    );
  const text = await readBoundedText(request);
  if (text === null)
    return problem(413, "body_too_large", `The request body may be at most ${MAX_WRITE_BODY_BYTES} bytes.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem(400, "invalid_json", "The request body must be a JSON object.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    return problem(400, "invalid_body", "The request body does not match the schema.", {
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    });
  }
  return { key, json, body: parsed.data };
}

export async function handleIdempotentWrite<S extends z.ZodType>(
  request: Request,
  auth: TApiKeyAuth,
  input: { schema: S; action: string; objectId: string },
  run: (body: z.output<S>, idempotencyKey: string) => Promise<TApiResult>,
): Promise<Response> {
  const path = new URL(request.url).pathname;
  const parsed = await parseRequest(request, input.schema);
  const result =
    "status" in parsed
      ? { ...parsed, isReplayed: false }
      : await runIdempotent(
          {
            organizationId: auth.organizationId,
            apiKeyId: auth.keyId,
            key: parsed.key,
            fingerprint: requestFingerprint(request.method, path, parsed.json),
          },
          () => run(parsed.body, parsed.key),
        );
  await recordAuditEvent({
    organizationId: auth.organizationId,
    actor: apiKeyActor(auth),
    action: input.action,
    objectType: "submission",
    objectId: input.objectId,
    details: {
      path,
      status: result.status,
      isReplayed: result.isReplayed,
      ...(typeof result.body.error === "string" ? { error: result.body.error } : {}),
      // The key itself may be chosen by the caller; its hash is enough to find the calls that shared it.
      ...("key" in parsed ? { idempotencyKeySha256: sha256Hex(Buffer.from(parsed.key)).slice(0, 16) } : {}),
    },
  });
  // A replay of a creation answers 200: the message was created by the first request, not this one.
  const status = result.isReplayed && result.status === 201 ? 200 : result.status;
  return jsonResponse(result.body, status, result.isReplayed ? { "idempotent-replayed": "true" } : {});
}
