// Per organisation: last successful poll, last retrieval, events known to wait, retrieval lag, undelivered and
// dead-lettered counts, and warnings: a stall is told within RETRIEVAL_STALL_MINUTES, long before Suomi.fi's
// 60-day limit. The admin panel, the health job (log, e-mail) and the Prometheus metrics read these figures.
import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { CITIZEN_MESSAGE_EVENT } from "@/lib/suomifi/rest-schemas";

export const UNDELIVERED_WARNING_AFTER_MS = 7 * 24 * 60 * 60_000;

export type THealthWarning =
  "poll-stalled" | "retrieval-stalled" | "undelivered-too-long" | "dead-deliveries" | "held-submissions";

export function stallAfterMs(): number {
  return getEnv().RETRIEVAL_STALL_MINUTES * 60_000;
}

export async function getOrganizationHealth(organizationId: string) {
  const prisma = getPrisma();
  const at = now();
  const stallMs = stallAfterMs();
  const waitingWhere = { organizationId, processedAt: null, type: CITIZEN_MESSAGE_EVENT };
  const [connections, cursors, undelivered, dead, oldestOpen, held, unmatched, waiting, oldestWaiting, last] =
    await Promise.all([
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
      // What waits for a handler in the inbox (the same rows as lib/inbox/list-inbox.ts inboxWhere, open ones).
      prisma.retrievedMessage.count({
        where: {
          organizationId,
          inboxState: { in: ["new", "in_progress"] },
          OR: [
            { match: { in: ["unmatched", "mention"] } },
            { match: "reply", inReplyToRetrievedId: { not: null } },
          ],
        },
      }),
      prisma.retrievalEvent.count({ where: waitingWhere }),
      prisma.retrievalEvent.findFirst({
        where: waitingWhere,
        orderBy: { createdAt: "asc" },
        select: { createdAt: true },
      }),
      prisma.retrievedMessage.findFirst({
        where: { organizationId },
        orderBy: { retrievedAt: "desc" },
        select: { retrievedAt: true },
      }),
    ]);
  const successes = cursors.map((c) => c.lastSuccessAt).filter((d): d is Date => d !== null);
  const lastSuccessAt = successes.length ? new Date(Math.max(...successes.map((d) => d.getTime()))) : null;
  const lastError = cursors.find(
    (c) => c.lastErrorAt && (!c.lastSuccessAt || c.lastErrorAt > c.lastSuccessAt),
  );
  const lastRetrievedAt = last?.retrievedAt ?? null;
  const isOlderThanStall = (date: Date) => at.getTime() - date.getTime() > stallMs;
  const warnings: THealthWarning[] = [];
  const hasOldConnection = connections.some((c) => isOlderThanStall(c.createdAt));
  const isPollStalled =
    connections.length > 0 && (lastSuccessAt ? isOlderThanStall(lastSuccessAt) : hasOldConnection);
  if (isPollStalled) warnings.push("poll-stalled");
  // Known to wait (stored events not yet fetched) for longer than the stall time, and nothing retrieved since.
  const isRetrievalStalled =
    waiting > 0 &&
    oldestWaiting !== null &&
    isOlderThanStall(oldestWaiting.createdAt) &&
    (lastRetrievedAt === null || isOlderThanStall(lastRetrievedAt));
  if (isRetrievalStalled) warnings.push("retrieval-stalled");
  if (oldestOpen && at.getTime() - oldestOpen.createdAt.getTime() > UNDELIVERED_WARNING_AFTER_MS)
    warnings.push("undelivered-too-long");
  if (dead > 0) warnings.push("dead-deliveries");
  if (held > 0) warnings.push("held-submissions");
  return {
    hasConnection: connections.length > 0,
    lastSuccessAt,
    lastRetrievedAt,
    lastRetrievedAgeMs: lastRetrievedAt ? at.getTime() - lastRetrievedAt.getTime() : null,
    lastError: lastError?.lastError ?? null,
    lagMs: lastSuccessAt ? at.getTime() - lastSuccessAt.getTime() : null,
    /** Since the oldest event still waiting was stored (0 when none waits). */
    waitingLagMs: oldestWaiting ? at.getTime() - oldestWaiting.createdAt.getTime() : 0,
    waitingEvents: waiting,
    stallMinutes: getEnv().RETRIEVAL_STALL_MINUTES,
    undelivered,
    dead,
    held,
    unmatched,
    oldestUndeliveredAt: oldestOpen?.createdAt ?? null,
    warnings,
  };
}

export type TOrganizationHealth = Awaited<ReturnType<typeof getOrganizationHealth>>;
