import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { applySubmissionMoveIfAllowed } from "@/lib/submissions/apply-submission-move";

/** Marks the submission delivered once every one of its deliveries has succeeded (or was cancelled). */
export async function completeSubmissionIfDelivered(
  tx: Prisma.TransactionClient,
  submissionId: string,
): Promise<boolean> {
  // Two deliveries of one submission finishing at once would each count the other as still open (neither sees
  // the other's uncommitted success) and neither would complete it: the row lock makes the second wait for the
  // first to commit, and its count then sees that success. NO KEY UPDATE, not UPDATE: this transaction (and
  // others) may already hold a KEY SHARE lock on the row from inserting an event or an attempt that references
  // it, and FOR UPDATE would wait on those — two deliveries finishing together then deadlocked.
  await tx.$queryRaw`SELECT id FROM submission WHERE id = ${submissionId}::uuid FOR NO KEY UPDATE`;
  const open = await tx.delivery.count({
    where: { submissionId, event: "submission_received", status: { notIn: ["succeeded", "cancelled"] } },
  });
  if (open > 0) return false;
  // Replays of an already delivered submission end here too; the move then does not apply.
  const applied = await applySubmissionMoveIfAllowed(tx, submissionId, { type: "delivered", details: {} });
  return applied.isApplied;
}
