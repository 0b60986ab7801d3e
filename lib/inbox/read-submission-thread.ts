// What the citizen wrote after a submission, as its page shows it: replies placed on its Suomi.fi thread and
// messages a handler attached, each with text, sender, time and files, and the organisation's answers to them;
// plus the new messages that only mention it (handled in the inbox). Showing the texts is audit-logged.
import "server-only";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { sentMessageContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import { readMessageContent, readMessageSender } from "@/lib/inbox/inbox-message-content";
import { SENT_MESSAGE_EVENTS } from "@/lib/outgoing/sent-message-events-query";

export async function readSubmissionThread(organizationId: string, submissionId: string, actor: TAuditActor) {
  const prisma = getPrisma();
  const [replies, mentions] = await Promise.all([
    prisma.retrievedMessage.findMany({
      where: { organizationId, submissionId, match: { in: ["reply", "unmatched"] } },
      include: {
        attachments: { select: { id: true, filename: true, sizeBytes: true, contentEncrypted: true } },
      },
      orderBy: { sequence: "asc" },
    }),
    prisma.retrievedMessage.findMany({
      where: { organizationId, mentionedSubmissionId: submissionId },
      select: { id: true, sentAt: true, inboxState: true },
      orderBy: { sequence: "asc" },
    }),
  ]);
  // The answers to those replies, and the case messages sent on the submission (lib/case-messages) once
  // Suomi.fi has them; receipts have their own line on the page.
  const answers = await prisma.sentMessage.findMany({
    where: {
      organizationId,
      OR: [
        ...(replies.length > 0
          ? [{ kind: "reply", retrievedMessageId: { in: replies.map((r) => r.id) } }]
          : []),
        { submissionId, kind: { notIn: ["receipt", "reply"] }, status: "sent" },
      ],
    },
    include: { events: SENT_MESSAGE_EVENTS },
    orderBy: { createdAt: "asc" },
  });
  if (replies.length > 0) {
    await recordAuditEvent({
      organizationId,
      actor,
      action: "submission.replies_viewed",
      objectType: "submission",
      objectId: submissionId,
      details: { messages: replies.length },
    });
  }
  const entries = [
    ...replies.map((reply) => ({
      kind: "citizen" as const,
      id: reply.id,
      at: reply.sentAt,
      isAttached: reply.match === "unmatched",
      senderName: readMessageSender(reply)?.name ?? null,
      text: readMessageContent(reply),
      attachments: reply.attachments.map(({ contentEncrypted, ...file }) => ({
        ...file,
        isAvailable: contentEncrypted !== null,
      })),
    })),
    ...answers.map((answer) => {
      let text: { title: string; body: string; attachments?: string[] } | null = null;
      try {
        text = answer.contentEncrypted
          ? (JSON.parse(
              decryptString(answer.contentEncrypted, { associatedData: sentMessageContext(answer.id) }),
            ) as { title: string; body: string; attachments?: string[] })
          : null;
      } catch {
        text = null;
      }
      return {
        kind: "answer" as const,
        id: answer.id,
        at: answer.sentAt ?? answer.createdAt,
        status: answer.status,
        /** "reply", or the case message's kind. */
        messageKind: answer.kind,
        isVerifiable: answer.isVerifiable,
        deadline: answer.deadline,
        channel: answer.channel,
        events: answer.events,
        text,
      };
    }),
  ].sort((a, b) => a.at.getTime() - b.at.getTime());
  const lastCitizen = [...replies]
    .reverse()
    .find((reply) => readMessageSender(reply) !== null && !reply.purgedAt);
  return { entries, mentions, replyToMessageId: lastCitizen?.id ?? null };
}

export type TSubmissionThread = Awaited<ReturnType<typeof readSubmissionThread>>;
