// The one wrapper of pull-API route handlers: authenticate the key, scope to its organisation, map errors.
import "server-only";
import { logger } from "@/lib/log/logger";
import { authenticateApiKey } from "@/lib/delivery/pull/api-keys";

type TParams = Record<string, string>;
type TAuth = { organizationId: string; keyId: string };

export function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" },
  });
}

export function withApiKey<P extends TParams>(
  handler: (request: Request, auth: TAuth, params: P) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> => {
    const auth = await authenticateApiKey(request.headers.get("authorization"));
    if (!auth) {
      return new Response(JSON.stringify({ error: "unauthorized" }), {
        status: 401,
        headers: { "content-type": "application/json", "www-authenticate": 'Bearer realm="lomake"' },
      });
    }
    try {
      return await handler(request, auth, await context.params);
    } catch (error) {
      logger.error({ err: error, keyId: auth.keyId }, "pull API request failed");
      return jsonResponse({ error: "internal" }, 500);
    }
  };
}
