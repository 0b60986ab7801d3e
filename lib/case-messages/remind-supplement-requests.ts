// The one reminder of a supplement request: when the citizen has not answered (the submission still waits for
// them) and the deadline is at most the form's reminder days away, the worker sends the built-in reminder once.
// Once, whatever happens: the reminder's sent_message row is unique per request (reminds_sent_message_id) and
// its externalId is derived from the request, so a second run, a second worker or a retry after a lost answer
// gets the same row and Suomi.fi's 409, never a second message.
import "server-only";
import { customisedNotification } from "@/lib/case-messages/case-notification";
import { now } from "@/lib/clock";
import { encryptString } from "@/lib/crypto/encrypt-value";
import { sentMessageContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import { formatCaseMessageDate, renderCaseMessage } from "@/lib/forms/render-case-message";
import { todayInFinland } from "@/lib/forms/today";
import { logger } from "@/lib/log/logger";
import { OutgoingChannelError } from "@/lib/outgoing/outgoing-error";
import { sendOutgoingMessage } from "@/lib/outgoing/send-outgoing-message";
import { createConnectionRestClient, type TClientOverrides } from "@/lib/retrieval/connection-rest-client";
import { applySubmissionMoveIfAllowed } from "@/lib/submissions/apply-submission-move";
import { SuomifiError } from "@/lib/suomifi/errors";
import { SUPPLEMENT_REMINDER_KIND, supplementReminderExternalId } from "./case-message-kinds";
import { caseMessageRecipient, loadCaseMessageContext } from "./send-case-message";

const PAGE_SIZE = 200;

/** Sends every due reminder; returns how many went out. */
export async function remindSupplementRequests(overrides: TClientOverrides = {}): Promise<number> {
  const prisma = getPrisma();
  const today = todayInFinland(now());
  // Only the newest request of a submission still waiting reminds, only before its deadline, only once.
  const due = await prisma.$queryRaw<{ id: string }[]>`
    SELECT sm.id::text AS id FROM sent_message sm
      JOIN submission s ON s.id = sm.submission_id
      JOIN form f ON f.id = s.form_id
     WHERE sm.kind = 'supplement-request' AND sm.status = 'sent' AND s.status = 'waiting_for_citizen'
       AND sm.deadline >= ${today}::date
       AND sm.deadline - f.supplement_reminder_days <= ${today}::date
       AND NOT EXISTS (SELECT 1 FROM sent_message r WHERE r.reminds_sent_message_id = sm.id AND r.status = 'sent')
       AND NOT EXISTS (SELECT 1 FROM sent_message later WHERE later.submission_id = sm.submission_id
                         AND later.kind = 'supplement-request' AND later.status = 'sent'
                         AND later.sent_at > sm.sent_at)
     ORDER BY sm.deadline, sm.id
     LIMIT ${PAGE_SIZE}`;
  let sent = 0;
  for (const { id } of due) {
    try {
      if (await remindOne(id, overrides)) sent += 1;
    } catch (error) {
      // The next run tries again (same row, same externalId); one failure does not stop the others.
      const description =
        error instanceof SuomifiError
          ? `${error.status ?? "no response"} ${error.errorCode ?? ""}`
          : String(error);
      logger.warn({ sentMessageId: id, error: description.slice(0, 200) }, "supplement reminder failed");
    }
  }
  return sent;
}

async function remindOne(requestId: string, overrides: TClientOverrides): Promise<boolean> {
  const prisma = getPrisma();
  const request = await prisma.sentMessage.findUniqueOrThrow({ where: { id: requestId } });
  const context = await loadCaseMessageContext(request.organizationId, request.submissionId!);
  const recipient = caseMessageRecipient(context);
  if (!recipient || !request.deadline) return false;
  const message = renderCaseMessage({
    kind: "supplementReminder",
    templates: context.templates,
    language: context.language,
    reference: context.submission.reference,
    formTitle: context.formTitle,
    date: formatCaseMessageDate(todayInFinland(now()), context.language),
    deadline: formatCaseMessageDate(request.deadline.toISOString().slice(0, 10), context.language),
    handlerText: "",
  });
  const externalId = supplementReminderExternalId(request.id);
  const row = await prisma.sentMessage.upsert({
    where: { connectionId_externalId: { connectionId: request.connectionId, externalId } },
    create: {
      id: crypto.randomUUID(),
      organizationId: request.organizationId,
      connectionId: request.connectionId,
      serviceId: request.serviceId,
      kind: SUPPLEMENT_REMINDER_KIND,
      externalId,
      submissionId: request.submissionId,
      remindsSentMessageId: request.id,
      status: "pending",
      createdAt: now(),
    },
    update: {},
  });
  if (row.status === "sent") return false;
  await prisma.sentMessage.update({
    where: { id: row.id },
    data: {
      contentEncrypted: encryptString(JSON.stringify({ title: message.title, body: message.body }), {
        associatedData: sentMessageContext(row.id),
      }),
    },
  });
  const connection = await prisma.suomifiConnection.findUniqueOrThrow({
    where: { id: request.connectionId },
  });
  const client = createConnectionRestClient(connection, overrides);
  try {
    // By the channel that reaches the person, as the request itself went.
    const result = await sendOutgoingMessage(client, {
      organizationId: request.organizationId,
      serviceId: request.serviceId,
      externalId,
      recipient: recipient.person,
      isPaperOnly: context.submission.form.isPaperOnly,
      electronic: {
        title: message.title,
        body: message.body,
        bodyFormat: "Text",
        messageServiceType: "Normal",
        replyAllowedBy: "Anyone",
        visibility: "Normal",
        attachments: [],
        notifications: {
          senderDetailsInNotifications: "Organisation and service name",
          unreadMessageNotification: { reminder: "No reminders" },
          ...customisedNotification(context.submission.form.caseNotification),
        },
      },
    });
    return await prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ status: string }[]>`
        SELECT status FROM sent_message WHERE id = ${row.id}::uuid FOR UPDATE`;
      if (locked[0]?.status === "sent") return false;
      await tx.sentMessage.update({
        where: { id: row.id },
        data: {
          status: "sent",
          suomifiMessageId: BigInt(result.messageId),
          channel: result.channel,
          sentAt: now(),
          error: null,
        },
      });
      await applySubmissionMoveIfAllowed(tx, context.submission.id, {
        type: "supplement_reminder_sent",
        details: { sentMessageId: row.id, requestSentMessageId: request.id },
      });
      return true;
    });
  } catch (error) {
    if (error instanceof SuomifiError || error instanceof OutgoingChannelError) {
      const description =
        error instanceof OutgoingChannelError
          ? error.code
          : `${error.status ?? "no response"}${error.errorCode ? ` ${error.errorCode}` : ""}`;
      await prisma.sentMessage.update({
        where: { id: row.id },
        data: { status: "failed", error: description },
      });
    }
    throw error;
  }
}
