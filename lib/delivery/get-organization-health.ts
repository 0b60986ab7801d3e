// Per organisation: last successful poll, retrieval lag, undelivered and dead-lettered counts, and warnings
// long before Suomi.fi's 60-day limit.
import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";

export const POLL_STALLED_AFTER_MS = 60 * 60_000;
export const UNDELIVERED_WARNING_AFTER_MS = 7 * 24 * 60 * 60_000;

export type THealthWarning = "poll-stalled" | "undelivered-too-long" | "dead-deliveries" | "held-submissions";

export async function getOrganizationHealth(organizationId: string) {
  const prisma = getPrisma();
  const at = now();
  const [connections, cursors, undelivered, dead, oldestOpen, held, unmatched] = await Promise.all([
    prisma.suomifiConnection.findMany({
      where: { organizationId, isActive: true },
      select: { id: true, createdAt: true },
    }),
    prisma.retrievalCursor.findMany({ where: { organizationId } }),
    prisma.delivery.count({
      where: { organizationId, status: { in: ["pending", "in_progress", "awaiting_ack"] } },
    }),
    prisma.delivery.count({ where: { organizationId, status: "dead" } }),
    prisma.delivery.findFirst({
      where: { organizationId, status: { in: ["pending", "in_progress", "awaiting_ack", "dead"] } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
    prisma.retrievedMessage.count({ where: { organizationId, match: "held", reviewDecision: null } }),
    prisma.retrievedMessage.count({ where: { organizationId, match: "unmatched" } }),
  ]);
  const successes = cursors.map((c) => c.lastSuccessAt).filter((d): d is Date => d !== null);
  const lastSuccessAt = successes.length ? new Date(Math.max(...successes.map((d) => d.getTime()))) : null;
  const lastError = cursors.find(
    (c) => c.lastErrorAt && (!c.lastSuccessAt || c.lastErrorAt > c.lastSuccessAt),
  );
  const warnings: THealthWarning[] = [];
  const hasOldConnection = connections.some(
    (c) => at.getTime() - c.createdAt.getTime() > POLL_STALLED_AFTER_MS,
  );
  const isStalled =
    connections.length > 0 &&
    (lastSuccessAt ? at.getTime() - lastSuccessAt.getTime() > POLL_STALLED_AFTER_MS : hasOldConnection);
  if (isStalled) warnings.push("poll-stalled");
  if (oldestOpen && at.getTime() - oldestOpen.createdAt.getTime() > UNDELIVERED_WARNING_AFTER_MS)
    warnings.push("undelivered-too-long");
  if (dead > 0) warnings.push("dead-deliveries");
  if (held > 0) warnings.push("held-submissions");
  return {
    hasConnection: connections.length > 0,
    lastSuccessAt,
    lastError: lastError?.lastError ?? null,
    lagMs: lastSuccessAt ? at.getTime() - lastSuccessAt.getTime() : null,
    undelivered,
    dead,
    held,
    unmatched,
    oldestUndeliveredAt: oldestOpen?.createdAt ?? null,
    warnings,
  };
}

export type TOrganizationHealth = Awaited<ReturnType<typeof getOrganizationHealth>>;
