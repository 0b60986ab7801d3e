// A handler's work on an inbox message: assign it, mark it handled (or reopen it), add a private note, attach it
// to an existing submission. Each change and its audit event are written together.
import "server-only";
import { z } from "zod";
import { now } from "@/lib/clock";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { encryptString } from "@/lib/crypto/encrypt-value";
import { inboxNoteContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { inboxWhere } from "@/lib/submissions/work-view-messages";
import { applySubmissionMove } from "@/lib/submissions/apply-submission-move";

export const MAX_NOTE_CHARS = 4000;

export const ZInboxMessageId = z.object({ messageId: z.uuid() });
export const ZAssignInboxMessage = ZInboxMessageId.extend({
  userId: z
    .union([z.uuid(), z.literal("")])
    .optional()
    .transform((value) => value || null),
});
export const ZInboxNote = ZInboxMessageId.extend({ note: z.string().trim().min(1).max(MAX_NOTE_CHARS) });
export const ZAttachInboxMessage = ZInboxMessageId.extend({ reference: z.string().trim().min(1).max(40) });

type TInboxChange = (
  tx: Prisma.TransactionClient,
  message: { id: string },
) => Promise<Prisma.InputJsonValue | void>;

async function changeInboxMessage(
  organizationId: string,
  messageId: string,
  actor: TAuditActor,
  action: string,
  change: TInboxChange,
) {
  await getPrisma().$transaction(async (tx) => {
    const message = await tx.retrievedMessage.findFirst({
      where: { AND: [inboxWhere(organizationId), { id: messageId }] },
      select: { id: true },
    });
    if (!message) throw new NotFoundError();
    const details = await change(tx, message);
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action,
        objectType: "retrieved_message",
        objectId: messageId,
        details: details ?? undefined,
      },
      tx,
    );
  });
}

export async function assignInboxMessage(
  organizationId: string,
  input: z.infer<typeof ZAssignInboxMessage>,
  actor: TAuditActor,
) {
  if (input.userId) {
    const member = await getPrisma().membership.findFirst({
      where: { organizationId, userId: input.userId, role: { in: ["owner", "handler"] } },
    });
    if (!member) throw new DomainError("inboxNotAMember");
  }
  await changeInboxMessage(organizationId, input.messageId, actor, "inbox.assigned", async (tx, message) => {
    await tx.retrievedMessage.update({
      where: { id: message.id },
      data: {
        assignedToUserId: input.userId,
        // Someone owns it now: it is being worked on.
        ...(input.userId ? { inboxState: "in_progress" as const } : {}),
      },
    });
    return { assignedToUserId: input.userId };
  });
}

export async function markInboxMessageHandled(
  organizationId: string,
  input: z.infer<typeof ZInboxMessageId>,
  actor: TAuditActor,
) {
  await changeInboxMessage(organizationId, input.messageId, actor, "inbox.handled", async (tx, message) => {
    await tx.retrievedMessage.update({
      where: { id: message.id },
      data: { inboxState: "handled", handledAt: now(), handledByUserId: actor.userId ?? null },
    });
  });
}

export async function reopenInboxMessage(
  organizationId: string,
  input: z.infer<typeof ZInboxMessageId>,
  actor: TAuditActor,
) {
  await changeInboxMessage(organizationId, input.messageId, actor, "inbox.reopened", async (tx, message) => {
    await tx.retrievedMessage.update({
      where: { id: message.id },
      data: { inboxState: "in_progress", handledAt: null, handledByUserId: null },
    });
  });
}

export async function addInboxNote(
  organizationId: string,
  input: z.infer<typeof ZInboxNote>,
  actor: TAuditActor,
) {
  await changeInboxMessage(
    organizationId,
    input.messageId,
    actor,
    "inbox.note_added",
    async (tx, message) => {
      const id = crypto.randomUUID();
      await tx.inboxNote.create({
        data: {
          id,
          retrievedMessageId: message.id,
          userId: actor.userId ?? null,
          textEncrypted: encryptString(input.note, { associatedData: inboxNoteContext(id) }),
          createdAt: now(),
        },
      });
    },
  );
}

/** Puts the message on a submission's timeline; it stays listed in the inbox, linked to the submission. */
export async function attachInboxMessage(
  organizationId: string,
  input: z.infer<typeof ZAttachInboxMessage>,
  actor: TAuditActor,
): Promise<{ submissionId: string }> {
  let submissionId = "";
  await changeInboxMessage(organizationId, input.messageId, actor, "inbox.attached", async (tx, message) => {
    const submission = await tx.submission.findFirst({
      where: { organizationId, reference: input.reference.toUpperCase() },
      select: { id: true },
    });
    if (!submission) throw new DomainError("inboxSubmissionNotFound");
    submissionId = submission.id;
    await tx.retrievedMessage.update({ where: { id: message.id }, data: { submissionId } });
    await applySubmissionMove(tx, submissionId, {
      type: "message_attached",
      details: { retrievedMessageId: message.id, userId: actor.userId ?? null },
    });
    return { submissionId };
  });
  return { submissionId };
}
