// Sign-in throttling by progressive delay instead of lockout (OWASP Authentication Cheat Sheet): after a few
// free failures, the next attempt of a key is not even checked until a delay has passed, and the delay doubles
// with each further failure. Three keys:
// - account + client: the guesser's own attempts at one account (3 free, then 1 s, 2 s, 4 s … up to 15 min);
// - client: one address trying many accounts (30 free, then doubling, up to 15 min);
// - account, from anywhere: a distributed guess (10 free, then doubling, but never more than 60 s), so that
//   someone who knows an owner's e-mail can slow them down by a minute at most — and the owner gets an
//   e-mailed link that lets their own browser skip even that (lib/auth/sign-in-unlock.ts).
// Counting is one atomic upsert per key (no read-then-write transaction), so concurrent failures all count.
import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";

const WINDOW_MS = 60 * 60_000;
const POLICY = {
  pair: { free: 3, maxDelayMs: 15 * 60_000 },
  ip: { free: 30, maxDelayMs: 15 * 60_000 },
  account: { free: 10, maxDelayMs: 60_000 },
} as const;

export type TThrottleKind = keyof typeof POLICY;
export type TThrottleKeys = { account: string; ip?: string | null };
export type TThrottleState = { isDelayed: boolean; retryAfterSeconds: number; delayedKinds: TThrottleKind[] };

function keyIds(keys: TThrottleKeys): Partial<Record<TThrottleKind, string>> {
  return {
    account: `account:${keys.account}`,
    ...(keys.ip ? { pair: `pair:${keys.account}:${keys.ip}`, ip: `ip:${keys.ip}` } : {}),
  };
}

/** Delay after `failures` failures of a kind: 0 while free, then 1 s doubling, capped. */
export function delayAfter(kind: TThrottleKind, failures: number): number {
  const over = failures - POLICY[kind].free;
  if (over <= 0) return 0;
  return Math.min(POLICY[kind].maxDelayMs, 1000 * 2 ** Math.min(over - 1, 30));
}

export async function getThrottleState(
  keys: TThrottleKeys,
  options: { isTrustedDevice?: boolean } = {},
): Promise<TThrottleState> {
  const ids = keyIds(keys);
  const wanted = Object.entries(ids).filter(([kind]) => !(options.isTrustedDevice && kind === "account"));
  const rows = await getPrisma().signInThrottle.findMany({
    where: { key: { in: wanted.map(([, id]) => id) } },
  });
  const current = now().getTime();
  const delayed = rows.filter((row) => (row.lockedUntil?.getTime() ?? 0) > current);
  const until = Math.max(0, ...delayed.map((row) => row.lockedUntil!.getTime()));
  return {
    isDelayed: delayed.length > 0,
    retryAfterSeconds: delayed.length > 0 ? Math.ceil((until - current) / 1000) : 0,
    delayedKinds: wanted
      .filter(([, id]) => delayed.some((row) => row.key === id))
      .map(([kind]) => kind as TThrottleKind),
  };
}

/** Counts a failure under every key; returns the account-wide failure count (for the unlock e-mail). */
export async function recordSignInFailure(keys: TThrottleKeys): Promise<{ accountFailures: number }> {
  const prisma = getPrisma();
  const current = now();
  const cutoff = new Date(current.getTime() - WINDOW_MS);
  let accountFailures = 0;
  for (const [kind, key] of Object.entries(keyIds(keys)) as [TThrottleKind, string][]) {
    const [row] = await prisma.$queryRaw<{ failures: number }[]>`
      INSERT INTO sign_in_throttle (key, failures, window_start, locked_until)
      VALUES (${key}, 1, ${current}, NULL)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN sign_in_throttle.window_start < ${cutoff} THEN 1 ELSE sign_in_throttle.failures + 1 END,
        window_start = CASE WHEN sign_in_throttle.window_start < ${cutoff} THEN ${current} ELSE sign_in_throttle.window_start END
      RETURNING failures`;
    const failures = Number(row?.failures ?? 1);
    if (kind === "account") accountFailures = failures;
    const delayMs = delayAfter(kind, failures);
    if (delayMs > 0) {
      const until = new Date(current.getTime() + delayMs);
      // GREATEST: a slower concurrent writer never shortens a delay another one set.
      await prisma.$executeRaw`
        UPDATE sign_in_throttle SET locked_until = GREATEST(COALESCE(locked_until, ${until}), ${until}) WHERE key = ${key}`;
    }
  }
  return { accountFailures };
}

/** A correct sign-in clears the account's own counters from that client (not the client-wide one). */
export async function clearSignInFailures(
  keys: TThrottleKeys,
  options: { isAccountWide?: boolean } = {},
): Promise<void> {
  const ids = keyIds(keys);
  const clear = [ids.pair, options.isAccountWide ? ids.account : undefined].filter((id): id is string =>
    Boolean(id),
  );
  if (clear.length > 0) await getPrisma().signInThrottle.deleteMany({ where: { key: { in: clear } } });
}

export const ACCOUNT_FAILURES_BEFORE_UNLOCK_MAIL = POLICY.account.free;
