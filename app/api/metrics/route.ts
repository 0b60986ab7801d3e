// Prometheus metrics for the organisation's monitoring: GET /api/metrics with `Authorization: Bearer
// $METRICS_TOKEN`. Without a configured token the endpoint does not exist (404).
import { timingSafeEqualString } from "@/lib/crypto/keyed-hash";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { collectMetrics } from "@/lib/monitoring/collect-metrics";

export const dynamic = "force-dynamic";

const text = (body: string, status: number, headers: Record<string, string> = {}) =>
  new Response(body, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers },
  });

export async function GET(request: Request): Promise<Response> {
  const token = getEnv().METRICS_TOKEN;
  if (!token) return text("Not found\n", 404);
  const presented = /^Bearer (.+)$/.exec(request.headers.get("authorization") ?? "")?.[1] ?? "";
  if (!timingSafeEqualString(presented, token))
    return text("Unauthorized: send Authorization: Bearer <METRICS_TOKEN>\n", 401, {
      "www-authenticate": 'Bearer realm="lomake-metrics"',
    });
  try {
    const metrics = await collectMetrics();
    return new Response(metrics.body, {
      headers: { "content-type": metrics.contentType, "cache-control": "no-store" },
    });
  } catch (error) {
    logger.error({ err: error }, "metrics collection failed");
    return text("Metrics are unavailable: the database could not be read\n", 503);
  }
}
