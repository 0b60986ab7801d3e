// Claims due deliveries with FOR UPDATE SKIP LOCKED (workers side by side never take the same row) and a
// lease: a worker that dies mid-attempt leaves a row whose lease runs out and is claimed again.
import "server-only";
import { latestPlausibleDue, now } from "@/lib/clock";
import { retryDelayMs } from "@/lib/delivery/backoff";
import { getPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { runDelivery, type TAttemptOutcome } from "@/lib/delivery/run-delivery";

/** retryDelayMs reaches its cap (6 h) well before this attempt. */
const MAX_BACKOFF_ATTEMPT = 64;

export async function claimDueDeliveries(limit: number): Promise<string[]> {
  const at = now();
  const leaseMs = getEnv().DELIVERY_TIMEOUT_MS * 4 + 60_000;
  const leaseUntil = new Date(at.getTime() + leaseMs);
  // Times further ahead than we ever set were set before the clock stepped back: due now.
  const lateRetry = latestPlausibleDue(retryDelayMs(MAX_BACKOFF_ATTEMPT, () => 1));
  const lateLease = latestPlausibleDue(leaseMs);
  const rows = await getPrisma().$queryRaw<{ id: string }[]>`
    UPDATE delivery SET status = 'in_progress', locked_until = ${leaseUntil}
    WHERE id IN (
      SELECT id FROM delivery
      WHERE (status = 'pending' AND (next_attempt_at <= ${at} OR next_attempt_at > ${lateRetry}))
         OR (status = 'in_progress' AND (locked_until < ${at} OR locked_until > ${lateLease}))
      ORDER BY next_attempt_at NULLS FIRST
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id::text AS id`;
  return rows.map((row) => row.id);
}

/**
 * Runs due deliveries, in batches, until none is due or `maxBatches` ran. `hasMore` tells the caller that the
 * last batch was full when it stopped, so more are probably due (the job then queues its own next run).
 */
export async function dispatchDueDeliveries(options: { batchSize?: number; maxBatches?: number } = {}) {
  const results: Record<TAttemptOutcome, number> & { hasMore: boolean } = {
    succeeded: 0,
    retrying: 0,
    dead: 0,
    cancelled: 0,
    skipped: 0,
    hasMore: false,
  };
  const batchSize = options.batchSize ?? 10;
  const maxBatches = options.maxBatches ?? 20;
  for (let batch = 0; batch < maxBatches; batch += 1) {
    const ids = await claimDueDeliveries(batchSize);
    if (ids.length === 0) break;
    const outcomes = await Promise.all(ids.map((id) => runDelivery(id)));
    for (const outcome of outcomes) results[outcome] += 1;
    results.hasMore = batch === maxBatches - 1 && ids.length === batchSize;
  }
  return results;
}
