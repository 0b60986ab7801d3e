// The only writer of a submission's status and timeline: applies one move and records its event, inside the
// caller's transaction, so the state and what the ledger shows can never disagree.
import "server-only";
import { now } from "@/lib/clock";
import type { Prisma } from "@/lib/generated/prisma/client";
import {
  SUBMISSION_EVENT_DETAILS,
  type TSubmissionEvent,
  type TSubmissionEventType,
} from "@/lib/submissions/submission-events";
import { nextSubmissionState, type TSubmissionState } from "@/lib/submissions/submission-moves";

export class SubmissionMoveError extends Error {
  constructor(
    readonly submissionId: string,
    readonly from: TSubmissionState | null,
    readonly move: TSubmissionEventType,
  ) {
    super(
      from === null
        ? `Submission ${submissionId} not found for move ${move}`
        : `Move ${move} is not allowed from ${from}`,
    );
    this.name = "SubmissionMoveError";
  }
}

/** Columns that record when a state was reached. */
const REACHED_AT = {
  returned: "returnedAt",
  retrieved: "retrievedAt",
  held: "retrievedAt",
  delivered: "deliveredAt",
} as const satisfies Partial<Record<TSubmissionEventType, keyof Prisma.SubmissionUpdateInput>>;

export type TAppliedMove = { from: TSubmissionState; to: TSubmissionState };

type TMoveOptions = { at?: Date };

/** Applies `event` as a move; throws SubmissionMoveError when the submission's state does not allow it. */
export async function applySubmissionMove(
  tx: Prisma.TransactionClient,
  submissionId: string,
  event: TSubmissionEvent,
  options: TMoveOptions = {},
): Promise<TAppliedMove> {
  const applied = await applySubmissionMoveIfAllowed(tx, submissionId, event, options);
  if (!applied.isApplied) throw new SubmissionMoveError(submissionId, applied.from, event.type);
  return applied;
}

/** The same, but a move the state does not allow changes nothing and says so (for "if it applies" moves). */
export async function applySubmissionMoveIfAllowed(
  tx: Prisma.TransactionClient,
  submissionId: string,
  event: TSubmissionEvent,
  options: TMoveOptions = {},
): Promise<(TAppliedMove & { isApplied: true }) | { isApplied: false; from: TSubmissionState | null }> {
  const details = SUBMISSION_EVENT_DETAILS[event.type].parse(event.details);
  // The row lock serialises moves of one submission (two workers, a handler and a worker). NO KEY UPDATE so it
  // does not wait on the KEY SHARE locks that inserting events or deliveries referencing the row takes (FOR
  // UPDATE deadlocked two deliveries of one submission that each had already inserted an event).
  const rows = await tx.$queryRaw<{ status: TSubmissionState }[]>`
    SELECT status::text AS status FROM submission WHERE id = ${submissionId}::uuid FOR NO KEY UPDATE`;
  const from = rows[0]?.status ?? null;
  if (from === null) return { isApplied: false, from: null };
  const target = nextSubmissionState(from, event.type);
  if (target === null) return { isApplied: false, from };
  const at = options.at ?? now();
  const reachedColumn = (REACHED_AT as Partial<Record<TSubmissionEventType, string>>)[event.type];
  const isReached = target !== from || event.type === "delivered";
  if (target !== from || (reachedColumn && isReached)) {
    await tx.submission.update({
      where: { id: submissionId },
      data: { status: target, ...(reachedColumn && isReached ? { [reachedColumn]: at } : {}) },
    });
  }
  await tx.submissionEvent.create({
    data: { submissionId, type: event.type, details: details as Prisma.InputJsonObject, createdAt: at },
  });
  return { isApplied: true, from, to: target };
}
