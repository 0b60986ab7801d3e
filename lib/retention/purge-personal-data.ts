// Every kind of row that holds personal data has a retention rule here (or, for drafts, in its own hourly
// job); the worker runs them nightly. README "Retention" lists the same rules.
import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { purgeExpiredSubmissions } from "@/lib/delivery/purge-expired-submissions";
import { getEnv } from "@/lib/env";
import { purgeRateLimitCounters } from "@/lib/security/rate-limit";

const DAY_MS = 24 * 3_600_000;
const BATCH = 500;

/** Repeats a batch until it comes back short, so a backlog is purged in one run. */
async function untilDone(batch: () => Promise<number>, maxBatches = 200): Promise<number> {
  let total = 0;
  for (let index = 0; index < maxBatches; index += 1) {
    const count = await batch();
    total += count;
    if (count < BATCH) break;
  }
  return total;
}

/** Citizen messages that matched no submission: contents, sender and attachments go; metadata stays. */
export async function purgeUnmatchedMessages(): Promise<number> {
  const prisma = getPrisma();
  const at = now();
  const before = new Date(at.getTime() - getEnv().RETENTION_UNMATCHED_DAYS * DAY_MS);
  return untilDone(async () => {
    const rows = await prisma.retrievedMessage.findMany({
      where: { submissionId: null, purgedAt: null, retrievedAt: { lte: before } },
      select: { id: true },
      take: BATCH,
    });
    const ids = rows.map((row) => row.id);
    if (ids.length === 0) return 0;
    await prisma.$transaction([
      prisma.retrievedAttachment.updateMany({
        where: { retrievedMessageId: { in: ids } },
        data: { contentEncrypted: null },
      }),
      prisma.retrievedMessage.updateMany({
        where: { id: { in: ids } },
        data: {
          contentEncrypted: null,
          senderEncrypted: null,
          senderIdHash: null,
          senderNameHashes: [],
          purgedAt: at,
        },
      }),
      // Handlers' notes on these messages and the answers sent to them hold personal data too.
      prisma.inboxNote.deleteMany({ where: { retrievedMessageId: { in: ids } } }),
      prisma.sentMessage.updateMany({
        where: { retrievedMessageId: { in: ids } },
        data: { contentEncrypted: null },
      }),
    ]);
    return ids.length;
  });
}

export type TRetentionReport = {
  submissions: Awaited<ReturnType<typeof purgeExpiredSubmissions>>;
  unmatchedMessages: number;
  exportFiles: number;
  auditEvents: number;
  rateLimitCounters: number;
  signInThrottles: number;
  invitations: number;
  passwordResetTokens: number;
  idempotencyKeys: number;
};

/** How long the write API answers a replayed Idempotency-Key from its record (a later replay still sends nothing). */
const IDEMPOTENCY_KEY_DAYS = 30;

export async function purgePersonalData(): Promise<TRetentionReport> {
  const prisma = getPrisma();
  const at = now();
  const ago = (days: number) => new Date(at.getTime() - days * DAY_MS);
  const submissions = { delivered: 0, "retrieved-not-delivered": 0, held: 0, "never-retrieved": 0 };
  await untilDone(async () => {
    const counts = await purgeExpiredSubmissions(BATCH);
    for (const [kind, count] of Object.entries(counts))
      submissions[kind as keyof typeof submissions] += count;
    return Object.values(counts).reduce((sum, count) => sum + count, 0);
  });
  const unmatchedMessages = await purgeUnmatchedMessages();
  const exportFiles = (
    await prisma.exportJob.updateMany({
      where: { fileEncrypted: { not: null }, expiresAt: { lte: at } },
      data: { fileEncrypted: null },
    })
  ).count;
  const auditEvents = (
    await prisma.auditEvent.deleteMany({ where: { createdAt: { lte: ago(getEnv().RETENTION_AUDIT_DAYS) } } })
  ).count;
  const rateLimitCounters = await purgeRateLimitCounters();
  const signInThrottles = (
    await prisma.signInThrottle.deleteMany({
      where: { windowStart: { lte: ago(1) }, OR: [{ lockedUntil: null }, { lockedUntil: { lte: at } }] },
    })
  ).count;
  const invitations = (
    await prisma.invitation.deleteMany({
      where: {
        OR: [
          { expiresAt: { lte: ago(30) } },
          { acceptedAt: { lte: ago(30) } },
          { revokedAt: { lte: ago(30) } },
        ],
      },
    })
  ).count;
  const passwordResetTokens = (
    await prisma.passwordResetToken.deleteMany({ where: { expiresAt: { lte: ago(1) } } })
  ).count;
  // Not personal data, but kept no longer than needed: after this a key runs again, and the message id derived
  // from it finds the message already sent.
  const idempotencyKeys = (
    await prisma.apiIdempotencyKey.deleteMany({ where: { createdAt: { lte: ago(IDEMPOTENCY_KEY_DAYS) } } })
  ).count;
  return {
    submissions,
    unmatchedMessages,
    exportFiles,
    auditEvents,
    rateLimitCounters,
    signInThrottles,
    invitations,
    passwordResetTokens,
    idempotencyKeys,
  };
}
