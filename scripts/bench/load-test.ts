// One load measurement with autocannon: fixed connections and duration, requests per second, latency
// percentiles from every response (autocannon's own summary has no p95), and every unexpected status counted.
import autocannon from "autocannon";

export type TLoadResult = {
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  requests: number;
  /** Responses with another status than expected, plus connection errors and timeouts. */
  errors: number;
  statusCodes: Record<string, number>;
};

export type TLoadOptions = {
  url: string;
  method?: "GET" | "POST";
  body?: string;
  headers?: Record<string, string>;
  /** Headers of the n-th request (e.g. the cookie of one of many people's drafts, in turn). */
  requestHeaders?: (requestIndex: number) => Record<string, string>;
  connections: number;
  durationSeconds: number;
  expectedStatus?: number;
};

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const value = sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
  return Math.round(value * 10) / 10;
}

async function once(options: TLoadOptions, durationSeconds: number): Promise<TLoadResult> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let requestIndex = 0;
  const startedAt = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: options.method ?? "GET",
        body: options.body,
        headers: options.headers,
        connections: options.connections,
        duration: durationSeconds,
        requests: options.requestHeaders
          ? [
              {
                setupRequest: (request) => {
                  const index = requestIndex;
                  requestIndex += 1;
                  return { ...request, headers: { ...request.headers, ...options.requestHeaders!(index) } };
                },
              },
            ]
          : undefined,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    });
  });
  const elapsedSeconds = (performance.now() - startedAt) / 1000;
  latencies.sort((a, b) => a - b);
  const expected = String(options.expectedStatus ?? 200);
  const unexpected = Object.entries(statusCodes)
    .filter(([code]) => code !== expected)
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    requestsPerSecond: Math.round(
      latencies.length / Math.min(elapsedSeconds, result.duration || elapsedSeconds),
    ),
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    p99Ms: percentile(latencies, 0.99),
    requests: latencies.length,
    errors: unexpected + result.errors + result.timeouts,
    statusCodes,
  };
}

/** A short warm-up (JIT, caches, pools), then the measured run. */
export async function measureLoad(options: TLoadOptions): Promise<TLoadResult> {
  await once(options, Math.min(3, options.durationSeconds));
  return once(options, options.durationSeconds);
}
