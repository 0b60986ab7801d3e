// Claims due deliveries with FOR UPDATE SKIP LOCKED (workers side by side never take the same row) and a
// lease: a worker that dies mid-attempt leaves a row whose lease runs out and is claimed again.
import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { runDelivery, type TAttemptOutcome } from "@/lib/delivery/run-delivery";

export async function claimDueDeliveries(limit: number): Promise<string[]> {
  const at = now();
  const leaseUntil = new Date(at.getTime() + getEnv().DELIVERY_TIMEOUT_MS * 4 + 60_000);
  const rows = await getPrisma().$queryRaw<{ id: string }[]>`
    UPDATE delivery SET status = 'in_progress', locked_until = ${leaseUntil}
    WHERE id IN (
      SELECT id FROM delivery
      WHERE (status = 'pending' AND next_attempt_at <= ${at})
         OR (status = 'in_progress' AND locked_until < ${at})
      ORDER BY next_attempt_at NULLS FIRST
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id::text AS id`;
  return rows.map((row) => row.id);
}

/** Runs every due delivery, in batches, until none is due. */
export async function dispatchDueDeliveries(options: { batchSize?: number; maxBatches?: number } = {}) {
  const results: Record<TAttemptOutcome, number> = {
    succeeded: 0,
    retrying: 0,
    dead: 0,
    cancelled: 0,
    skipped: 0,
  };
  for (let batch = 0; batch < (options.maxBatches ?? 20); batch += 1) {
    const ids = await claimDueDeliveries(options.batchSize ?? 10);
    if (ids.length === 0) break;
    const outcomes = await Promise.all(ids.map((id) => runDelivery(id)));
    for (const outcome of outcomes) results[outcome] += 1;
  }
  return results;
}
