// A case system names the state a submission should be in (in progress, waiting for the citizen, handled); the
// state machine finds the handler moves that lead there and applies them in one transaction, each on the
// timeline, as if a handler had pressed the buttons. Already there: nothing changes.
import "server-only";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors/domain-error";
import { applySubmissionMoveIfAllowed } from "@/lib/submissions/apply-submission-move";
import { HANDLER_MOVES, HandlingError, type THandlerMove } from "@/lib/submissions/handle-submission";
import { nextSubmissionState, type TSubmissionState } from "@/lib/submissions/submission-moves";

export const TARGET_STATES = ["in_progress", "waiting_for_citizen", "handled"] as const;
export type TTargetState = (typeof TARGET_STATES)[number];

/** The shortest run of handler moves from `from` to `target`: [] when already there, null when none leads there. */
export function handlerMovesTo(from: TSubmissionState, target: TSubmissionState): THandlerMove[] | null {
  let frontier: { state: TSubmissionState; moves: THandlerMove[] }[] = [{ state: from, moves: [] }];
  const seen = new Set<TSubmissionState>([from]);
  for (let depth = 0; depth <= HANDLER_MOVES.length; depth += 1) {
    const found = frontier.find((step) => step.state === target);
    if (found) return found.moves;
    const next: typeof frontier = [];
    for (const step of frontier) {
      for (const move of HANDLER_MOVES) {
        const state = nextSubmissionState(step.state, move);
        if (state === null || seen.has(state)) continue;
        seen.add(state);
        next.push({ state, moves: [...step.moves, move] });
      }
    }
    frontier = next;
  }
  return null;
}

/** Whether `target` can be reached from the submission's state now (checked before a notice is sent). */
export async function canSetSubmissionState(
  organizationId: string,
  submissionId: string,
  target: TTargetState,
): Promise<{ from: TSubmissionState; isReachable: boolean }> {
  const submission = await getPrisma().submission.findFirst({
    where: { id: submissionId, organizationId },
    select: { status: true },
  });
  if (!submission) throw new NotFoundError();
  return { from: submission.status, isReachable: handlerMovesTo(submission.status, target) !== null };
}

export async function setSubmissionState(
  organizationId: string,
  input: { submissionId: string; state: TTargetState },
  actor: TAuditActor,
): Promise<{ from: TSubmissionState; to: TSubmissionState; moves: THandlerMove[] }> {
  return getPrisma().$transaction(async (tx) => {
    const submission = await tx.submission.findFirst({
      where: { id: input.submissionId, organizationId },
      select: { id: true, reference: true, status: true },
    });
    if (!submission) throw new NotFoundError();
    const moves = handlerMovesTo(submission.status, input.state);
    if (moves === null) throw new HandlingError("moveNotAllowed");
    for (const move of moves) {
      const applied = await applySubmissionMoveIfAllowed(tx, submission.id, {
        type: move,
        details: { userId: actor.userId ?? null },
      });
      // Another move came between the read and the row lock: refuse rather than land elsewhere.
      if (!applied.isApplied) throw new HandlingError("moveNotAllowed");
    }
    if (moves.length > 0) {
      await recordAuditEvent(
        {
          organizationId,
          actor,
          action: "submission.state_changed",
          objectType: "submission",
          objectId: submission.id,
          details: { reference: submission.reference, from: submission.status, to: input.state, moves },
        },
        tx,
      );
    }
    return { from: submission.status, to: input.state, moves };
  });
}
