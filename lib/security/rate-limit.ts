import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";

export type TRateLimitRule = { limit: number; windowMs: number };
export type TRateLimitResult = { isAllowed: boolean; retryAfterSeconds: number };

/**
 * Counts one action for each key in its fixed window and answers whether all stay within their limits.
 * The counters live in PostgreSQL, so every web process sees the same numbers.
 */
export async function consumeRateLimit(
  checks: { key: string; rule: TRateLimitRule }[],
): Promise<TRateLimitResult> {
  const current = now().getTime();
  let retryAfterSeconds = 0;
  for (const { key, rule } of checks) {
    const windowStart = new Date(Math.floor(current / rule.windowMs) * rule.windowMs);
    const rows = await getPrisma().$queryRaw<{ count: number }[]>`
      INSERT INTO rate_limit_counter (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
      ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counter.count + 1
      RETURNING count`;
    if ((rows[0]?.count ?? 0) > rule.limit) {
      retryAfterSeconds = Math.max(
        retryAfterSeconds,
        Math.ceil((windowStart.getTime() + rule.windowMs - current) / 1000),
      );
    }
  }
  return { isAllowed: retryAfterSeconds === 0, retryAfterSeconds };
}

/** Old windows are only history: the purge job removes them. */
export async function purgeRateLimitCounters(olderThanMs = 24 * 60 * 60_000): Promise<number> {
  const result = await getPrisma().rateLimitCounter.deleteMany({
    where: { windowStart: { lt: new Date(now().getTime() - olderThanMs) } },
  });
  return result.count;
}
