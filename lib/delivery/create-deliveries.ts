// The delivery rows of an event, one per applicable target, written in the transaction that stores the event:
// a submission when it is released, a citizen's later message when it is retrieved. Kind-agnostic: the adapter's
// mode says whether the dispatcher pushes it or the target system fetches it.
import "server-only";
import { now } from "@/lib/clock";
import type { DeliveryEvent, DeliveryTarget, Prisma } from "@/lib/generated/prisma/client";
import { getTargetAdapter } from "@/lib/delivery/target-registry";

async function insertDeliveries(
  tx: Prisma.TransactionClient,
  targets: DeliveryTarget[],
  row: {
    organizationId: string;
    event: DeliveryEvent;
    submissionId: string | null;
    retrievedMessageId: string | null;
  },
): Promise<number> {
  if (targets.length === 0) return 0;
  const at = now();
  // Unique per submission, message and target (NULLS NOT DISTINCT): a replay inserts nothing.
  const { count } = await tx.delivery.createMany({
    data: targets.map((target) => {
      const isPush = getTargetAdapter(target.kind).mode === "push";
      return {
        ...row,
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

const receivesForm = (target: DeliveryTarget, formId: string) =>
  target.formIds.length === 0 || target.formIds.includes(formId);

export async function createDeliveries(
  tx: Prisma.TransactionClient,
  submission: { id: string; organizationId: string; formId: string },
): Promise<number> {
  const targets = await tx.deliveryTarget.findMany({
    where: { organizationId: submission.organizationId, isEnabled: true },
  });
  return insertDeliveries(
    tx,
    targets.filter((t) => receivesForm(t, submission.formId)),
    {
      organizationId: submission.organizationId,
      event: "submission_received",
      submissionId: submission.id,
      retrievedMessageId: null,
    },
  );
}

/**
 * A citizen's message after the form. A reply on a submission's thread goes where that submission went (the
 * targets of its form); a new message goes to the targets of every form (none chosen), to those of a form that
 * uses the service it was sent to, and to those of the form of a submission it mentions.
 */
export async function createMessageDeliveries(
  tx: Prisma.TransactionClient,
  message: {
    id: string;
    organizationId: string;
    connectionId: string;
    serviceId: string;
    /** The submission whose thread it answers. */
    replyToSubmissionId: string | null;
    mentionedSubmissionId: string | null;
  },
): Promise<number> {
  const targets = await tx.deliveryTarget.findMany({
    where: { organizationId: message.organizationId, isEnabled: true },
  });
  if (targets.length === 0) return 0;
  if (message.replyToSubmissionId) {
    const submission = await tx.submission.findUniqueOrThrow({
      where: { id: message.replyToSubmissionId },
      select: { formId: true },
    });
    return insertDeliveries(
      tx,
      targets.filter((t) => receivesForm(t, submission.formId)),
      {
        organizationId: message.organizationId,
        event: "submission_reply",
        submissionId: message.replyToSubmissionId,
        retrievedMessageId: message.id,
      },
    );
  }
  const [serviceForms, mentioned] = await Promise.all([
    tx.form.findMany({
      where: {
        organizationId: message.organizationId,
        suomifiService: { connectionId: message.connectionId, serviceId: message.serviceId },
      },
      select: { id: true },
    }),
    message.mentionedSubmissionId
      ? tx.submission.findUnique({ where: { id: message.mentionedSubmissionId }, select: { formId: true } })
      : null,
  ]);
  const formIds = [...serviceForms.map((f) => f.id), ...(mentioned ? [mentioned.formId] : [])];
  return insertDeliveries(
    tx,
    targets.filter((t) => t.formIds.length === 0 || t.formIds.some((id) => formIds.includes(id))),
    {
      organizationId: message.organizationId,
      event: "message_received",
      submissionId: null,
      retrievedMessageId: message.id,
    },
  );
}
