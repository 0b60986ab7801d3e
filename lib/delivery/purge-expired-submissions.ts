// Retention: the form's retention period after every target has a submission, its local copy (answers,
// message text, attachments, the raw message and sender) is deleted; the ledger keeps non-personal metadata.
import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { applySubmissionMove } from "@/lib/submissions/apply-submission-move";

export const PURGED = "";

export async function purgeExpiredSubmissions(limit = 500): Promise<number> {
  const prisma = getPrisma();
  const candidates = await prisma.submission.findMany({
    where: { status: "delivered", deliveredAt: { not: null }, NOT: { answersEncrypted: PURGED } },
    select: { id: true, deliveredAt: true, form: { select: { retentionDays: true } } },
    take: limit,
  });
  const at = now();
  let purged = 0;
  for (const candidate of candidates) {
    const until = candidate.deliveredAt!.getTime() + candidate.form.retentionDays * 24 * 3_600_000;
    if (until > at.getTime()) continue;
    await prisma.$transaction(async (tx) => {
      await tx.submission.update({
        where: { id: candidate.id },
        data: { answersEncrypted: PURGED, messageTextEncrypted: PURGED },
      });
      await tx.storedFile.deleteMany({ where: { submissionId: candidate.id } });
      const messages = await tx.retrievedMessage.findMany({
        where: { submissionId: candidate.id },
        select: { id: true },
      });
      const ids = messages.map((m) => m.id);
      await tx.retrievedAttachment.updateMany({
        where: { retrievedMessageId: { in: ids } },
        data: { contentEncrypted: null },
      });
      await tx.retrievedMessage.updateMany({
        where: { id: { in: ids } },
        data: { contentEncrypted: null, senderEncrypted: null, purgedAt: at },
      });
      await applySubmissionMove(tx, candidate.id, { type: "purged", details: {} }, { at });
    });
    purged += 1;
  }
  return purged;
}
