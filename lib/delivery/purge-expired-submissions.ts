// Retention of submissions: once the form's retention period has passed, a submission's local copy (answers,
// message text, attachments, the retrieved messages and their sender, the hashes that find it by
// henkilötunnus) is deleted; the ledger keeps non-personal metadata. The period runs from the last thing that
// happened to it: delivered, else retrieved (a form with no target, a delivery that died, a held message),
// else handed off or created (the person gave up at Suomi.fi). Submissions with a delivery still being
// attempted wait for it.
import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { applySubmissionMove } from "@/lib/submissions/apply-submission-move";

export const PURGED = "";

export type TSubmissionPurgeKind = "delivered" | "retrieved-not-delivered" | "held" | "never-retrieved";

export async function purgeExpiredSubmissions(limit = 500): Promise<Record<TSubmissionPurgeKind, number>> {
  const prisma = getPrisma();
  const at = now();
  const counts: Record<TSubmissionPurgeKind, number> = {
    delivered: 0,
    "retrieved-not-delivered": 0,
    held: 0,
    "never-retrieved": 0,
  };
  const candidates = await prisma.$queryRaw<{ id: string; status: string; retrieved_at: Date | null }[]>`
    SELECT s.id, s.status::text AS status, s.retrieved_at FROM submission s JOIN form f ON f.id = s.form_id
    WHERE s.answers_encrypted <> ${PURGED}
      AND COALESCE(s.delivered_at, s.retrieved_at, s.last_handed_off_at, s.created_at)
          + make_interval(days => f.retention_days) <= ${at}
      AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.submission_id = s.id
                      AND d.status IN ('pending', 'in_progress'))
    ORDER BY s.created_at
    LIMIT ${limit}`;
  for (const candidate of candidates) {
    const kind: TSubmissionPurgeKind =
      candidate.status === "delivered"
        ? "delivered"
        : candidate.status === "held"
          ? "held"
          : candidate.retrieved_at
            ? "retrieved-not-delivered"
            : "never-retrieved";
    await prisma.$transaction((tx) => purgeSubmissionContents(tx, candidate.id, kind, at));
    counts[kind] += 1;
  }
  return counts;
}

async function purgeSubmissionContents(
  tx: Prisma.TransactionClient,
  submissionId: string,
  kind: TSubmissionPurgeKind,
  at: Date,
) {
  await tx.submission.update({
    where: { id: submissionId },
    data: {
      answersEncrypted: PURGED,
      messageTextEncrypted: PURGED,
      senderIdHash: null,
      personIdHashes: [],
      senderNameHashes: [],
      // Whom it was filed for (a child, a company) is personal data too.
      filingEncrypted: null,
      principalIdHash: null,
    },
  });
  await tx.storedFile.deleteMany({ where: { submissionId } });
  // Handlers' private notes hold personal data too: they go with the contents.
  await tx.submissionNote.deleteMany({ where: { submissionId } });
  const messages = await tx.retrievedMessage.findMany({ where: { submissionId }, select: { id: true } });
  const ids = messages.map((m) => m.id);
  await tx.retrievedAttachment.updateMany({
    where: { retrievedMessageId: { in: ids } },
    data: { contentEncrypted: null },
  });
  await tx.retrievedMessage.updateMany({
    where: { id: { in: ids } },
    data: {
      contentEncrypted: null,
      senderEncrypted: null,
      senderIdHash: null,
      senderNameHashes: [],
      purgedAt: at,
    },
  });
  // Handlers' notes on these messages and the answers sent to them hold personal data too.
  await tx.inboxNote.deleteMany({ where: { retrievedMessageId: { in: ids } } });
  // …as do the case messages handlers sent on the submission (lib/case-messages).
  await tx.sentMessage.updateMany({
    where: { OR: [{ retrievedMessageId: { in: ids } }, { submissionId }] },
    data: { contentEncrypted: null },
  });
  // A receiver's answer may echo what it was sent.
  await tx.deliveryAttempt.updateMany({
    where: { delivery: { submissionId } },
    data: { responseExcerpt: null },
  });
  // A pull target that never acknowledged can no longer fetch it.
  await tx.delivery.updateMany({
    where: { submissionId, status: "awaiting_ack" },
    data: { status: "cancelled", lastError: "purged by retention before it was acknowledged" },
  });
  await applySubmissionMove(tx, submissionId, { type: "purged", details: { rule: kind } }, { at });
}
