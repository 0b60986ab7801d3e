import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";

export type TRateLimitRule = {
  limit: number;
  windowMs: number;
  /**
   * Counters this key is spread over. A key every request of a crowd shares (one school's or mobile operator's
   * address at a deadline) would otherwise be one row that every save locks in turn, serialising them; with
   * shards each request counts on one at random and is refused when its shard passes its share of the limit.
   * The limit then holds as a ceiling, and refusals start a little below it (about 6 % at 20,000 over 16
   * shards). Only for high limits: a share must stay well above its random spread.
   */
  shards?: number;
};
export type TRateLimitResult = { isAllowed: boolean; retryAfterSeconds: number };

/**
 * Counts one action for each key in its fixed window and answers whether all stay within their limits.
 * The counters live in PostgreSQL, so every web process sees the same numbers; all keys count in one statement
 * (one round trip, one autocommit).
 */
export async function consumeRateLimit(
  checks: { key: string; rule: TRateLimitRule }[],
): Promise<TRateLimitResult> {
  if (checks.length === 0) return { isAllowed: true, retryAfterSeconds: 0 };
  const current = now().getTime();
  const counted = checks.map(({ key, rule }) => {
    const shards = Math.max(1, Math.floor(rule.shards ?? 1));
    const windowStartMs = Math.floor(current / rule.windowMs) * rule.windowMs;
    return {
      key: shards > 1 ? `${key}#${Math.floor(Math.random() * shards)}` : key,
      windowStartMs,
      limit: Math.ceil(rule.limit / shards),
      retryAfterSeconds: Math.ceil((windowStartMs + rule.windowMs - current) / 1000),
    };
  });
  const rows = await getPrisma().$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO rate_limit_counter (key, window_start, count)
    SELECT key, to_timestamp(window_ms / 1000.0) AT TIME ZONE 'UTC', 1
    FROM unnest(${counted.map((row) => row.key)}::text[], ${counted.map((row) => row.windowStartMs)}::bigint[])
      AS counted(key, window_ms)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit_counter.count + 1
    RETURNING key, count`;
  const countByKey = new Map(rows.map((row) => [row.key, row.count]));
  const retryAfterSeconds = Math.max(
    0,
    ...counted
      .filter((row) => (countByKey.get(row.key) ?? 0) > row.limit)
      .map((row) => row.retryAfterSeconds),
  );
  return { isAllowed: retryAfterSeconds === 0, retryAfterSeconds };
}

/** Old windows are only history: the purge job removes them. */
export async function purgeRateLimitCounters(olderThanMs = 24 * 60 * 60_000): Promise<number> {
  const result = await getPrisma().rateLimitCounter.deleteMany({
    where: { windowStart: { lt: new Date(now().getTime() - olderThanMs) } },
  });
  return result.count;
}
