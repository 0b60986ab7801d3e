// One inbox message as a handler opens it: text, full sender, attachments, thread, notes and answers. Every
// opening is written to the audit log (who read whose message), before anything is returned.
import "server-only";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { inboxNoteContext, sentMessageContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import { SENT_MESSAGE_EVENTS } from "@/lib/outgoing/sent-message-events-query";
import { NotFoundError } from "@/lib/errors/domain-error";
import { readMessageContent, readMessageSender } from "@/lib/inbox/inbox-message-content";
import { listMembers } from "@/lib/inbox/list-inbox";
import { inboxWhere } from "@/lib/submissions/work-view-messages";

function decryptOrNull(value: string | null, associatedData: string): string | null {
  if (!value) return null;
  try {
    return decryptString(value, { associatedData });
  } catch {
    return null;
  }
}

export async function readInboxMessage(organizationId: string, id: string, actor: TAuditActor) {
  const prisma = getPrisma();
  const row = await prisma.retrievedMessage.findFirst({
    where: { AND: [inboxWhere(organizationId), { id }] },
    include: {
      attachments: {
        select: { id: true, filename: true, mediaType: true, sizeBytes: true, contentEncrypted: true },
        orderBy: { position: "asc" },
      },
      notes: { orderBy: { createdAt: "asc" } },
    },
  });
  if (!row) throw new NotFoundError();
  await recordAuditEvent({
    organizationId,
    actor,
    action: "inbox.message_read",
    objectType: "retrieved_message",
    objectId: row.id,
  });
  const rootId = row.inReplyToRetrievedId ?? row.id;
  const [thread, members, service, linked] = await Promise.all([
    prisma.retrievedMessage.findMany({
      where: { organizationId, OR: [{ id: rootId }, { inReplyToRetrievedId: rootId }] },
      orderBy: { sequence: "asc" },
    }),
    listMembers(organizationId),
    prisma.suomifiService.findFirst({
      where: { connectionId: row.connectionId, serviceId: row.serviceId },
      select: { name: true, acceptsNewMessages: true },
    }),
    prisma.submission.findMany({
      where: {
        organizationId,
        id: { in: [row.submissionId, row.mentionedSubmissionId].filter((v): v is string => v !== null) },
      },
      select: { id: true, reference: true },
    }),
  ]);
  const threadIds = new Set(thread.map((m) => m.id));
  const answers = await prisma.sentMessage.findMany({
    where: { organizationId, kind: "reply", retrievedMessageId: { in: [...threadIds] } },
    include: { events: SENT_MESSAGE_EVENTS },
    orderBy: { createdAt: "asc" },
  });
  const memberLabel = (userId: string | null) => members.find((m) => m.id === userId)?.label ?? null;
  return {
    id: row.id,
    state: row.inboxState,
    match: row.match,
    problem: row.problem,
    isPurged: row.purgedAt !== null,
    service: service?.name ?? row.serviceId,
    serviceAcceptsNewMessages: service?.acceptsNewMessages ?? false,
    content: readMessageContent(row),
    sender: readMessageSender(row),
    sentAt: row.sentAt,
    assignedToUserId: row.assignedToUserId,
    assignedTo: memberLabel(row.assignedToUserId),
    handledAt: row.handledAt,
    handledBy: memberLabel(row.handledByUserId),
    attachments: row.attachments.map(({ contentEncrypted, ...attachment }) => ({
      ...attachment,
      isAvailable: contentEncrypted !== null,
    })),
    notes: row.notes.map((note) => ({
      id: note.id,
      by: memberLabel(note.userId),
      at: note.createdAt,
      text: decryptOrNull(note.textEncrypted, inboxNoteContext(note.id)) ?? "",
    })),
    // The whole conversation: the citizen's messages of this thread and Lomake's answers to them, by time.
    conversation: [
      ...thread.map((m) => ({
        kind: "citizen" as const,
        id: m.id,
        at: m.sentAt,
        text: readMessageContent(m),
      })),
      ...answers
        .filter((a) => threadIds.has(a.retrievedMessageId!))
        .map((a) => ({
          kind: "answer" as const,
          id: a.id,
          at: a.sentAt ?? a.createdAt,
          status: a.status,
          error: a.error,
          channel: a.channel,
          events: a.events,
          by: memberLabel(a.sentByUserId),
          text: (() => {
            const json = decryptOrNull(a.contentEncrypted, sentMessageContext(a.id));
            return json ? (JSON.parse(json) as { title: string; body: string }) : null;
          })(),
        })),
    ].sort((a, b) => a.at.getTime() - b.at.getTime()),
    members,
    submission: linked.find((s) => s.id === row.submissionId) ?? null,
    mentionedSubmission: linked.find((s) => s.id === row.mentionedSubmissionId) ?? null,
  };
}

export type TInboxMessage = Awaited<ReturnType<typeof readInboxMessage>>;
