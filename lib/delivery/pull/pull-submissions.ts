// The pull API's reads and acknowledgement, always scoped to the key's organisation.
import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import { applySubmissionMove } from "@/lib/submissions/apply-submission-move";
import { buildWebhookPayload } from "@/lib/delivery/build-webhook-payload";
import { pullTarget } from "@/lib/delivery/targets/pull-target";
import { completeSubmissionIfDelivered } from "@/lib/delivery/complete-submission";
import { loadSubmissionContents, readAttachmentBytes } from "@/lib/delivery/load-submission-contents";
import { PURGED } from "@/lib/delivery/purge-expired-submissions";

const releasedWhere = (organizationId: string) => ({
  organizationId,
  submissionId: { not: null },
  OR: [{ match: "matched" as const }, { match: "held" as const, reviewDecision: "released" }],
});

export async function listPullSubmissions(organizationId: string, after: string | null, limit = 100) {
  const afterSequence = after && /^\d{1,18}$/.test(after) ? BigInt(after) : BigInt(0);
  const prisma = getPrisma();
  const messages = await prisma.retrievedMessage.findMany({
    where: { ...releasedWhere(organizationId), sequence: { gt: afterSequence } },
    orderBy: { sequence: "asc" },
    take: Math.min(Math.max(limit, 1), 500),
  });
  const submissions = await prisma.submission.findMany({
    where: { id: { in: messages.map((m) => m.submissionId!) } },
    include: { form: { select: { slug: true } }, formVersion: { select: { version: true } } },
  });
  const byId = new Map(submissions.map((s) => [s.id, s]));
  const pullDeliveries = await prisma.delivery.findMany({
    where: {
      event: "submission_received",
      submissionId: { in: messages.map((m) => m.submissionId!) },
      target: { kind: "pull" },
    },
    select: { submissionId: true, status: true },
  });
  const items = messages.flatMap((message) => {
    const submission = byId.get(message.submissionId!);
    if (!submission) return [];
    return [
      {
        id: submission.id,
        reference: submission.reference,
        form: { id: submission.formId, slug: submission.form.slug, version: submission.formVersion.version },
        createdAt: submission.createdAt.toISOString(),
        retrievedAt: message.retrievedAt.toISOString(),
        integrityStatus: message.integrityStatus,
        isAcknowledged: pullDeliveries.some(
          (d) => d.submissionId === submission.id && d.status === "succeeded",
        ),
        cursor: message.sequence.toString(),
      },
    ];
  });
  return {
    items,
    nextCursor: messages.length > 0 ? messages[messages.length - 1]!.sequence.toString() : (after ?? null),
  };
}

async function findReleased(organizationId: string, submissionId: string) {
  if (!/^[0-9a-f-]{36}$/i.test(submissionId)) return null;
  return getPrisma().retrievedMessage.findFirst({
    where: { ...releasedWhere(organizationId), submissionId },
  });
}

export async function getPullSubmission(organizationId: string, submissionId: string) {
  const message = await findReleased(organizationId, submissionId);
  if (!message) return null;
  const contents = await loadSubmissionContentsSafe(submissionId);
  if (!contents) return null;
  const target = await getPrisma().deliveryTarget.findFirst({
    where: { organizationId, kind: "pull", isEnabled: true },
  });
  const payload = await buildWebhookPayload({
    deliveryId: submissionId,
    contents,
    target: {
      senderDetail: target ? pullTarget.optionsSchema.parse(target.options).senderDetail : "name",
      attachmentMode: "links",
    },
  });
  return {
    ...payload,
    attachments: payload.attachments.map((a) => ({
      ...a,
      url: `/api/v1/submissions/${submissionId}/attachments/${a.id}`,
      expiresAt: null,
    })),
  };
}

async function loadSubmissionContentsSafe(submissionId: string) {
  const submission = await getPrisma().submission.findUnique({
    where: { id: submissionId },
    select: { answersEncrypted: true },
  });
  if (!submission || submission.answersEncrypted === PURGED) return null;
  return loadSubmissionContents(submissionId);
}

export async function getPullAttachment(organizationId: string, submissionId: string, attachmentId: string) {
  if (!(await findReleased(organizationId, submissionId)) || !/^[0-9a-f-]{36}$/i.test(attachmentId))
    return null;
  for (const source of ["retrieved", "stored"] as const) {
    const file = await readAttachmentBytes(source, attachmentId).catch(() => null);
    if (file && file.organizationId === organizationId && file.submissionId === submissionId) return file;
  }
  return null;
}

export type TAcknowledgeResult =
  | { kind: "acknowledged"; acknowledgedAt: Date }
  | { kind: "not-found" }
  | { kind: "nothing-to-acknowledge"; reason: "no-pull-delivery" | "cancelled" };

/**
 * Marks the submission taken by the organisation's pull target(s). Idempotent: acknowledging again answers
 * the first time. It answers the truth: a submission no pull target was given has nothing to acknowledge.
 */
export async function acknowledgePullSubmission(
  organizationId: string,
  submissionId: string,
): Promise<TAcknowledgeResult> {
  if (!(await findReleased(organizationId, submissionId))) return { kind: "not-found" };
  return getPrisma().$transaction(async (tx) => {
    // One acknowledgement at a time per delivery row, so two concurrent calls record one event.
    const deliveries = await tx.$queryRaw<{ id: string; status: string; succeeded_at: Date | null }[]>`
      SELECT d.id, d.status::text AS status, d.succeeded_at FROM delivery d
      JOIN delivery_target t ON t.id = d.target_id
      WHERE d.organization_id = ${organizationId}::uuid AND d.submission_id = ${submissionId}::uuid
        AND d.event = 'submission_received' AND t.kind = 'pull'
      FOR UPDATE OF d`;
    if (deliveries.length === 0)
      return { kind: "nothing-to-acknowledge", reason: "no-pull-delivery" } as const;
    const waiting = deliveries.filter((d) => d.status === "awaiting_ack");
    if (waiting.length === 0) {
      const done = deliveries.find((d) => d.status === "succeeded");
      return done
        ? ({ kind: "acknowledged", acknowledgedAt: done.succeeded_at ?? now() } as const)
        : ({ kind: "nothing-to-acknowledge", reason: "cancelled" } as const);
    }
    const at = now();
    await tx.delivery.updateMany({
      where: { id: { in: waiting.map((d) => d.id) } },
      data: { status: "succeeded", succeededAt: at, attemptCount: { increment: 1 } },
    });
    await applySubmissionMove(
      tx,
      submissionId,
      { type: "acknowledged", details: { via: "pull-api" } },
      { at },
    );
    await completeSubmissionIfDelivered(tx, submissionId);
    return { kind: "acknowledged", acknowledgedAt: at } as const;
  });
}
