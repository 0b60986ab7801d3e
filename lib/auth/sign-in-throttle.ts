import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";

// Per account: 5 failures within 15 minutes lock the account for 15 minutes.
// Per IP: 50 failures within 15 minutes (many people may share one address) lock that address for 15 minutes.
const WINDOW_MS = 15 * 60_000;
const LOCK_MS = 15 * 60_000;
const LIMITS = { account: 5, ip: 50 } as const;

type TThrottleKind = keyof typeof LIMITS;

export type TThrottleState = { isLocked: boolean; retryAfterSeconds: number };

export async function getThrottleState(
  keys: Partial<Record<TThrottleKind, string>>,
): Promise<TThrottleState> {
  const ids = throttleIds(keys);
  const rows = await getPrisma().signInThrottle.findMany({ where: { key: { in: ids } } });
  const current = now().getTime();
  const lockedUntil = Math.max(0, ...rows.map((row) => row.lockedUntil?.getTime() ?? 0));
  return lockedUntil > current
    ? { isLocked: true, retryAfterSeconds: Math.ceil((lockedUntil - current) / 1000) }
    : { isLocked: false, retryAfterSeconds: 0 };
}

export async function recordSignInFailure(keys: Partial<Record<TThrottleKind, string>>): Promise<void> {
  const prisma = getPrisma();
  const current = now();
  for (const [kind, value] of Object.entries(keys) as [TThrottleKind, string | undefined][]) {
    if (!value) continue;
    const key = `${kind}:${value}`;
    await prisma.$transaction(async (tx) => {
      const row = await tx.signInThrottle.findUnique({ where: { key } });
      const isWindowOver = !row || current.getTime() - row.windowStart.getTime() > WINDOW_MS;
      const failures = isWindowOver ? 1 : row.failures + 1;
      const lockedUntil =
        failures >= LIMITS[kind] ? new Date(current.getTime() + LOCK_MS) : (row?.lockedUntil ?? null);
      await tx.signInThrottle.upsert({
        where: { key },
        create: { key, failures, windowStart: current, lockedUntil },
        update: { failures, windowStart: isWindowOver ? current : row.windowStart, lockedUntil },
      });
    });
  }
}

export async function clearSignInFailures(keys: Partial<Record<TThrottleKind, string>>): Promise<void> {
  await getPrisma().signInThrottle.deleteMany({
    where: { key: { in: throttleIds({ account: keys.account }) } },
  });
}

function throttleIds(keys: Partial<Record<TThrottleKind, string>>): string[] {
  return Object.entries(keys)
    .filter(([, value]) => Boolean(value))
    .map(([kind, value]) => `${kind}:${value}`);
}
