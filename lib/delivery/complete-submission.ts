import "server-only";
import { now } from "@/lib/clock";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Marks the submission delivered once every one of its deliveries has succeeded (or was cancelled). */
export async function completeSubmissionIfDelivered(
  tx: Prisma.TransactionClient,
  submissionId: string,
): Promise<boolean> {
  // Two deliveries of one submission finishing at once would each count the other as still open (neither sees
  // the other's uncommitted success) and neither would complete it: the row lock makes the second wait for the
  // first to commit, and its count then sees that success.
  await tx.$queryRaw`SELECT id FROM submission WHERE id = ${submissionId}::uuid FOR UPDATE`;
  const open = await tx.delivery.count({
    where: { submissionId, status: { notIn: ["succeeded", "cancelled"] } },
  });
  if (open > 0) return false;
  const { count } = await tx.submission.updateMany({
    where: { id: submissionId, status: "retrieved" },
    data: { status: "delivered", deliveredAt: now() },
  });
  if (count > 0) {
    await tx.submissionEvent.create({ data: { submissionId, type: "delivered", createdAt: now() } });
  }
  return count > 0;
}
