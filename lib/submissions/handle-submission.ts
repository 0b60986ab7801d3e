// What a handler does to a submission in the work view: moves it through new → in progress → waiting for the
// citizen → handled, gives it to a member, writes private notes. Each goes through the state machine (so it
// is on the timeline) and the audit log, in one transaction.
import "server-only";
import { z } from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { decryptString, encryptString } from "@/lib/crypto/encrypt-value";
import { submissionNoteContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { normaliseMessageText } from "@/lib/forms/render-answers-text";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { applySubmissionMoveIfAllowed } from "@/lib/submissions/apply-submission-move";
import { nextSubmissionState, type TSubmissionState } from "@/lib/submissions/submission-moves";

/** The moves a handler chooses, in the order the page offers them. */
export const HANDLER_MOVES = [
  "handling_started",
  "citizen_asked",
  "handling_resumed",
  "handled",
  "reopened",
] as const;
export type THandlerMove = (typeof HANDLER_MOVES)[number];

export const NOTE_MAX_LENGTH = 4000;

export class HandlingError extends DomainError<
  "moveNotAllowed" | "notAMember" | "noteEmpty" | "noteTooLong"
> {}

export const ZHandlerMoveInput = z.object({ submissionId: z.uuid(), move: z.enum(HANDLER_MOVES) });
export const ZAssignInput = z.object({
  submissionId: z.uuid(),
  /** Empty: nobody. */
  assigneeUserId: z.union([z.uuid(), z.literal("")]).transform((value) => value || null),
});
export const ZNoteInput = z.object({ submissionId: z.uuid(), text: z.string().max(NOTE_MAX_LENGTH * 2) });

/** The handler moves the state allows now. */
export function availableHandlerMoves(state: TSubmissionState): THandlerMove[] {
  return HANDLER_MOVES.filter((move) => nextSubmissionState(state, move) !== null);
}

async function findSubmission(tx: Prisma.TransactionClient, organizationId: string, submissionId: string) {
  const submission = await tx.submission.findFirst({
    where: { id: submissionId, organizationId },
    select: { id: true, reference: true, assignedToUserId: true },
  });
  if (!submission) throw new NotFoundError();
  return submission;
}

export async function setHandlerState(
  organizationId: string,
  input: z.output<typeof ZHandlerMoveInput>,
  actor: TAuditActor,
): Promise<{ from: TSubmissionState; to: TSubmissionState }> {
  return getPrisma().$transaction(async (tx) => {
    const submission = await findSubmission(tx, organizationId, input.submissionId);
    const applied = await applySubmissionMoveIfAllowed(tx, submission.id, {
      type: input.move,
      details: { userId: actor.userId ?? null },
    });
    if (!applied.isApplied) throw new HandlingError("moveNotAllowed");
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "submission.state_changed",
        objectType: "submission",
        objectId: submission.id,
        details: { reference: submission.reference, from: applied.from, to: applied.to },
      },
      tx,
    );
    return { from: applied.from, to: applied.to };
  });
}

export async function assignSubmission(
  organizationId: string,
  input: z.output<typeof ZAssignInput>,
  actor: TAuditActor,
): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const submission = await findSubmission(tx, organizationId, input.submissionId);
    if (input.assigneeUserId) {
      const membership = await tx.membership.findUnique({
        where: { organizationId_userId: { organizationId, userId: input.assigneeUserId } },
        select: { id: true },
      });
      if (!membership) throw new HandlingError("notAMember");
    }
    if (submission.assignedToUserId === input.assigneeUserId) return;
    // Before retrieval there is nothing to handle yet: the state machine refuses it.
    const applied = await applySubmissionMoveIfAllowed(tx, submission.id, {
      type: "assigned",
      details: { userId: actor.userId ?? null, assigneeUserId: input.assigneeUserId },
    });
    if (!applied.isApplied) throw new HandlingError("moveNotAllowed");
    await tx.submission.update({
      where: { id: submission.id },
      data: { assignedToUserId: input.assigneeUserId },
    });
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "submission.assigned",
        objectType: "submission",
        objectId: submission.id,
        details: { reference: submission.reference, assigneeUserId: input.assigneeUserId },
      },
      tx,
    );
  });
}

export async function addSubmissionNote(
  organizationId: string,
  input: z.output<typeof ZNoteInput>,
  actor: TAuditActor,
): Promise<void> {
  const text = normaliseMessageText(input.text).trim();
  if (!text) throw new HandlingError("noteEmpty");
  if (text.length > NOTE_MAX_LENGTH) throw new HandlingError("noteTooLong");
  await getPrisma().$transaction(async (tx) => {
    const submission = await findSubmission(tx, organizationId, input.submissionId);
    const id = crypto.randomUUID();
    const applied = await applySubmissionMoveIfAllowed(tx, submission.id, {
      type: "note_added",
      details: { userId: actor.userId ?? null, noteId: id },
    });
    if (!applied.isApplied) throw new HandlingError("moveNotAllowed");
    await tx.submissionNote.create({
      data: {
        id,
        submissionId: submission.id,
        organizationId,
        authorUserId: actor.userId ?? null,
        textEncrypted: encryptString(text, { associatedData: submissionNoteContext(id) }),
      },
    });
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "submission.note_added",
        objectType: "submission",
        objectId: submission.id,
        details: { reference: submission.reference },
      },
      tx,
    );
  });
}

export type TSubmissionNote = {
  id: string;
  authorUserId: string | null;
  createdAt: Date;
  text: string | null;
};

/** A submission's private notes, oldest first; a note that no longer decrypts shows as unreadable (null). */
export async function listSubmissionNotes(
  organizationId: string,
  submissionId: string,
): Promise<TSubmissionNote[]> {
  const notes = await getPrisma().submissionNote.findMany({
    where: { organizationId, submissionId },
    orderBy: { createdAt: "asc" },
  });
  return notes.map((note) => {
    let text: string | null = null;
    try {
      text = decryptString(note.textEncrypted, { associatedData: submissionNoteContext(note.id) });
    } catch (error) {
      logger.warn({ err: error, noteId: note.id }, "submission note unreadable");
    }
    return { id: note.id, authorUserId: note.authorUserId, createdAt: note.createdAt, text };
  });
}
