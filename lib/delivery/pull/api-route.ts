// The one wrapper of API route handlers: authenticate the key, check the one scope the route needs, scope to the
// key's organisation, map errors.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { logger } from "@/lib/log/logger";
import { authenticateApiKey, type TApiKeyAuth } from "@/lib/delivery/pull/api-keys";
import type { TApiScope } from "@/lib/delivery/pull/api-scopes";

type TParams = Record<string, string>;

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      ...headers,
    },
  });
}

/** How a key is named as an actor in the audit log: its name and the prefix shown in the key list. */
export const apiKeyLabel = (auth: Pick<TApiKeyAuth, "name" | "prefix">) => `${auth.name} (${auth.prefix}…)`;

export function withApiKey<P extends TParams>(
  scope: TApiScope,
  handler: (request: Request, auth: TApiKeyAuth, params: P) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const auth = await authenticateApiKey(request.headers.get("authorization"));
    if (!auth) {
      return new Response(JSON.stringify({ error: "unauthorized" }), {
        status: 401,
        headers: { "content-type": "application/json", "www-authenticate": 'Bearer realm="lomake"' },
      });
    }
    if (!auth.scopes.includes(scope)) {
      // A key used beyond what its owner allowed is worth an owner's look.
      await recordAuditEvent({
        organizationId: auth.organizationId,
        actor: { apiKey: apiKeyLabel(auth) },
        action: "api.scope_refused",
        objectType: "api_key",
        objectId: auth.keyId,
        details: { method: request.method, path: new URL(request.url).pathname, scope },
      });
      return jsonResponse(
        {
          error: "insufficient_scope",
          message: `This key lacks the scope ${scope}. An owner can create a key with it under Delivery → API keys.`,
        },
        403,
        { "www-authenticate": `Bearer realm="lomake", error="insufficient_scope", scope="${scope}"` },
      );
    }
    try {
      return await handler(request, auth, await context.params);
    } catch (error) {
      logger.error({ err: error, keyId: auth.keyId }, "API request failed");
      return jsonResponse({ error: "internal" }, 500);
    }
  };
}
