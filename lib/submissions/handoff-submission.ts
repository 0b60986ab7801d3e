// Hand-off and return: the steps of a submission the citizen's browser takes, recorded on its timeline.
import "server-only";
import { now } from "@/lib/clock";
import { submissionMessageTextContext } from "@/lib/crypto/encryption-contexts";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { getPrisma } from "@/lib/db/prisma";
import { applySubmissionMove } from "@/lib/submissions/apply-submission-move";
import type { TLanguage } from "@/lib/forms/localized-text";

export type THandoffSubmission = {
  id: string;
  formId: string;
  formVersionId: string;
  reference: string;
  language: TLanguage;
  status: string;
  handoffCount: number;
  messageText: string;
  files: Array<{ id: string; name: string; mediaType: string; size: number; sha256: string }>;
};

export async function loadHandoffSubmission(submissionId: string): Promise<THandoffSubmission | null> {
  const row = await getPrisma().submission.findUnique({
    where: { id: submissionId },
    include: { files: { orderBy: { createdAt: "asc" } } },
  });
  if (!row) return null;
  return {
    id: row.id,
    formId: row.formId,
    formVersionId: row.formVersionId,
    reference: row.reference,
    language: (["fi", "sv", "en"].includes(row.language) ? row.language : "fi") as TLanguage,
    status: row.status,
    handoffCount: row.handoffCount,
    messageText: decryptString(row.messageTextEncrypted, {
      associatedData: submissionMessageTextContext(row.id),
    }),
    files: row.files.map((file) => ({
      id: file.id,
      name: file.name,
      mediaType: file.mediaType,
      size: file.sizeBytes,
      sha256: file.sha256,
    })),
  };
}

export type THandoffDecision = { ok: true } | { ok: false; reason: "full" };

/**
 * Records that the browser was given the hand-off form. A form's maximum number of submissions counts
 * submissions handed off at least once; a submission handed off before may always be handed off again.
 */
export async function recordHandoff(input: {
  submissionId: string;
  formId: string;
  maxSubmissions: number | null;
}): Promise<THandoffDecision> {
  return getPrisma().$transaction(async (tx) => {
    // One hand-off decision at a time per form, so two last places are not both given away.
    await tx.$queryRaw`SELECT id FROM form WHERE id = ${input.formId}::uuid FOR UPDATE`;
    const submission = await tx.submission.findUniqueOrThrow({ where: { id: input.submissionId } });
    if (submission.handoffCount === 0 && input.maxSubmissions !== null) {
      const handedOff = await tx.submission.count({
        where: { formId: input.formId, handoffCount: { gt: 0 } },
      });
      if (handedOff >= input.maxSubmissions) return { ok: false, reason: "full" } as const;
    }
    const at = now();
    await tx.submission.update({
      where: { id: submission.id },
      data: {
        handoffCount: { increment: 1 },
        firstHandedOffAt: submission.firstHandedOffAt ?? at,
        lastHandedOffAt: at,
      },
    });
    await applySubmissionMove(
      tx,
      submission.id,
      { type: "handed_off", details: { count: submission.handoffCount + 1 } },
      { at },
    );
    return { ok: true } as const;
  });
}

export type TReturnOutcome = "completed" | "cancelled" | "failed" | "none";

/** The person came back to the return address; completed (or unknown) moves the status to returned. */
export async function recordReturn(
  submissionId: string,
  outcome: TReturnOutcome,
): Promise<{ status: string }> {
  return getPrisma().$transaction(async (tx) => {
    const isArrival = outcome === "completed" || outcome === "none";
    const { to } = await applySubmissionMove(
      tx,
      submissionId,
      isArrival
        ? { type: "returned", details: { outcome } }
        : { type: "returned_without_sending", details: { outcome } },
    );
    return { status: to };
  });
}
