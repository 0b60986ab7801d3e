// The delivery rows of a submission, one per applicable target, written in the transaction that releases it.
// Kind-agnostic: the adapter's mode says whether the dispatcher pushes it or the target system fetches it.
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
    data: applicable.map((target) => {
      const isPush = getTargetAdapter(target.kind).mode === "push";
      return {
        organizationId: submission.organizationId,
        submissionId: submission.id,
        targetId: target.id,
        status: isPush ? ("pending" as const) : ("awaiting_ack" as const),
        nextAttemptAt: isPush ? at : null,
        createdAt: at,
      };
    }),
    skipDuplicates: true,
  });
  return count;
}
