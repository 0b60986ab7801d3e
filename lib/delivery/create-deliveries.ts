// The delivery rows of a submission, one per applicable target, written in the transaction that releases it.
import "server-only";
import { now } from "@/lib/clock";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getTargetAdapter } from "@/lib/delivery/target-registry";

export async function createDeliveries(
  tx: Prisma.TransactionClient,
  submission: { id: string; organizationId: string; formId: string },
): Promise<number> {
  const targets = await tx.deliveryTarget.findMany({
    where: { organizationId: submission.organizationId, isEnabled: true },
  });
  const applicable = targets.filter((t) => t.formIds.length === 0 || t.formIds.includes(submission.formId));
  if (applicable.length === 0) return 0;
  const at = now();
  const { count } = await tx.delivery.createMany({
    data: applicable.map((target) => ({
      organizationId: submission.organizationId,
      submissionId: submission.id,
      targetId: target.id,
      status: getTargetAdapter(target.kind).initialStatus,
      nextAttemptAt: getTargetAdapter(target.kind).initialStatus === "pending" ? at : null,
      createdAt: at,
    })),
    skipDuplicates: true,
  });
  return count;
}
