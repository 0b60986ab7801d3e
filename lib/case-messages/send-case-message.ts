// A handler (or the organisation's case system, through the API) sends the citizen a case message: to the person
// who sent the form, by the channel that reaches them (lib/outgoing: electronically to an active mailbox, else a
// letter when paper mail is on, always a letter for a form marked never electronically), in the submission's
// language, rendered exactly as the preview showed it. The
// externalId comes from the send panel (made when it was shown): a double submit, or a retry after a lost answer,
// is Suomi.fi's 409 and the one original message. Nothing changes on the submission until Suomi.fi has it; a
// supplement request then sets it waiting for the citizen, with its deadline.
import "server-only";
import { customisedNotification } from "@/lib/case-messages/case-notification";
import { z } from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { decryptString, encryptString } from "@/lib/crypto/encrypt-value";
import { retrievedSenderContext, sentMessageContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { readCaseMessageTemplates } from "@/lib/forms/case-message-templates";
import { localize, ZLanguage, ZLocalizedText, type TLanguage } from "@/lib/forms/localized-text";
import { formatCaseMessageDate, renderCaseMessage } from "@/lib/forms/render-case-message";
import { todayInFinland } from "@/lib/forms/today";
import type { Prisma } from "@/lib/generated/prisma/client";
import { OutgoingChannelError, type TOutgoingProblem } from "@/lib/outgoing/outgoing-error";
import { sendOutgoingMessage } from "@/lib/outgoing/send-outgoing-message";
import { createConnectionRestClient, type TClientOverrides } from "@/lib/retrieval/connection-rest-client";
import { findReceiptAddress } from "@/lib/retrieval/receipt-recipient";
import { applySubmissionMoveIfAllowed } from "@/lib/submissions/apply-submission-move";
import { SuomifiError } from "@/lib/suomifi/errors";
import {
  CASE_MESSAGE_KINDS,
  CASE_MESSAGE_NEEDS,
  CASE_MESSAGE_TEMPLATE_OF,
  caseMessageExternalId,
} from "./case-message-kinds";
import { checkCaseAttachments, type TCaseAttachment } from "./check-case-attachments";

const ZCheckbox = z
  .union([z.literal("on"), z.literal("")])
  .optional()
  .transform((value) => value === "on");
const ZOptionalDate = z.union([z.iso.date(), z.literal("")]).default("");

export const ZSendCaseMessage = z.object({
  submissionId: z.uuid(),
  /** Made when the send panel was shown: the idempotency key of this one message. */
  messageId: z.uuid(),
  kind: z.enum(CASE_MESSAGE_KINDS),
  handlerText: z.string().max(40_000).default(""),
  freeTitle: z.string().max(1_000).default(""),
  deadline: ZOptionalDate,
  decisionDate: ZOptionalDate,
  isReplyAllowed: ZCheckbox,
  isVerifiable: ZCheckbox,
});
export type TSendCaseMessageInput = z.output<typeof ZSendCaseMessage>;

export type TCaseMessageErrorCode =
  | "caseMessageEmpty"
  | "caseMessageTooLong"
  | "caseMessageTitleTooLong"
  | "caseMessageDeadlineRequired"
  | "caseMessageDeadlinePast"
  | "caseMessageDecisionDateRequired"
  | "caseMessageNotPdf"
  | "caseMessageFileTooLarge"
  | "caseMessageTooManyFiles"
  | "caseMessageNotAllowed"
  | "caseMessageNoRecipient"
  | "caseMessagePaperMailOff"
  | "caseMessageNoPostalAddress"
  | "caseMessageNotPrintable"
  | "caseMessageUnavailable"
  | "caseMessageFailed";
export class CaseMessageError extends DomainError<TCaseMessageErrorCode> {}

const CHANNEL_PROBLEM = {
  NO_MAILBOX_PAPER_DISABLED: "caseMessagePaperMailOff",
  PAPER_ONLY_PAPER_DISABLED: "caseMessagePaperMailOff",
  NO_POSTAL_ADDRESS: "caseMessageNoPostalAddress",
  NO_SENDER_ADDRESS: "caseMessageNoPostalAddress",
  ATTACHMENTS_NOT_PRINTABLE: "caseMessageNotPrintable",
} as const satisfies Record<TOutgoingProblem, TCaseMessageErrorCode>;

/** States in which the citizen's form has been retrieved and released: there is someone to write to. */
const SENDABLE_STATES = ["retrieved", "delivered", "in_progress", "waiting_for_citizen", "handled"];

/** The submission, its language, form texts and the person (and service) to write to. */
export async function loadCaseMessageContext(organizationId: string, submissionId: string) {
  const prisma = getPrisma();
  const submission = await prisma.submission.findFirst({
    where: { id: submissionId, organizationId },
    select: {
      id: true,
      reference: true,
      language: true,
      status: true,
      answersEncrypted: true,
      form: { select: { caseMessageTemplates: true, isPaperOnly: true, caseNotification: true } },
      formVersion: { select: { definition: true } },
    },
  });
  if (!submission) throw new NotFoundError();
  const formMessage = await prisma.retrievedMessage.findFirst({
    where: { organizationId, submissionId, match: "matched", senderEncrypted: { not: null } },
    orderBy: { sequence: "asc" },
  });
  const language: TLanguage = ZLanguage.safeParse(submission.language).data ?? "fi";
  const title = ZLocalizedText.safeParse(
    (submission.formVersion.definition as { title?: unknown }).title,
  ).data;
  return {
    submission,
    language,
    formTitle: localize(title, language),
    templates: readCaseMessageTemplates(submission.form.caseMessageTemplates),
    formMessage: formMessage && !formMessage.purgedAt ? formMessage : null,
    isSendable: SENDABLE_STATES.includes(submission.status),
  };
}

/** Whom a case message goes to: the person who sent the form, at the first address in its answers (for a letter). */
export function caseMessageRecipient(context: Awaited<ReturnType<typeof loadCaseMessageContext>>) {
  const message = context.formMessage;
  if (!message?.senderEncrypted) return null;
  const sender = JSON.parse(
    decryptString(message.senderEncrypted, { associatedData: retrievedSenderContext(message.id) }),
  ) as { id: string; name?: string };
  const { submission } = context;
  return {
    connectionId: message.connectionId,
    serviceId: message.serviceId,
    person: {
      id: sender.id,
      name: sender.name ?? "",
      address: submission.answersEncrypted
        ? findReceiptAddress({
            id: submission.id,
            answersEncrypted: submission.answersEncrypted,
            definition: submission.formVersion.definition,
          })
        : null,
    },
  };
}

export async function sendCaseMessage(
  organizationId: string,
  input: TSendCaseMessageInput,
  files: readonly TCaseAttachment[],
  actor: TAuditActor,
  overrides: TClientOverrides = {},
): Promise<{
  sentMessageId: string;
  suomifiMessageId: number;
  channel: "electronic" | "paper";
  isAlreadySent: boolean;
}> {
  const context = await loadCaseMessageContext(organizationId, input.submissionId);
  const needs = CASE_MESSAGE_NEEDS[input.kind];
  const today = todayInFinland(now());
  if (needs.deadline && !input.deadline) throw new CaseMessageError("caseMessageDeadlineRequired");
  if (needs.deadline && input.deadline <= today) throw new CaseMessageError("caseMessageDeadlinePast");
  if (needs.decisionDate && !input.decisionDate)
    throw new CaseMessageError("caseMessageDecisionDateRequired");
  const attachmentProblem = checkCaseAttachments(files);
  if (attachmentProblem) throw new CaseMessageError(attachmentProblem.problem);
  const message = renderCaseMessage({
    kind: CASE_MESSAGE_TEMPLATE_OF[input.kind],
    templates: context.templates,
    language: context.language,
    reference: context.submission.reference,
    formTitle: context.formTitle,
    date: formatCaseMessageDate(today, context.language),
    deadline: input.deadline ? formatCaseMessageDate(input.deadline, context.language) : "",
    decisionDate: input.decisionDate ? formatCaseMessageDate(input.decisionDate, context.language) : "",
    handlerText: input.handlerText,
    freeTitle: input.freeTitle,
  });
  if (message.isEmpty) throw new CaseMessageError("caseMessageEmpty");
  if (message.isBodyTooLong) throw new CaseMessageError("caseMessageTooLong");
  if (message.isTitleTooLong) throw new CaseMessageError("caseMessageTitleTooLong");
  if (!context.isSendable) throw new CaseMessageError("caseMessageNotAllowed");
  const recipient = caseMessageRecipient(context);
  if (!recipient) throw new CaseMessageError("caseMessageNoRecipient");

  const prisma = getPrisma();
  const connection = await prisma.suomifiConnection.findUnique({ where: { id: recipient.connectionId } });
  if (!connection) throw new NotFoundError();
  const externalId = caseMessageExternalId(input.messageId);
  // The citizen must be able to answer a supplement request; that answer is what the case waits for.
  const isReplyAllowed = input.kind === "supplement-request" || input.isReplyAllowed;
  const row = await prisma.sentMessage.upsert({
    where: { connectionId_externalId: { connectionId: connection.id, externalId } },
    create: {
      id: crypto.randomUUID(),
      organizationId,
      connectionId: connection.id,
      serviceId: recipient.serviceId,
      kind: input.kind,
      externalId,
      submissionId: context.submission.id,
      isVerifiable: input.isVerifiable,
      deadline: needs.deadline ? new Date(`${input.deadline}T00:00:00Z`) : null,
      sentByUserId: actor.userId ?? null,
      status: "pending",
      createdAt: now(),
    },
    update: {},
  });
  if (row.submissionId !== context.submission.id) throw new NotFoundError();
  if (row.status === "sent" && row.suomifiMessageId !== null)
    return {
      sentMessageId: row.id,
      suomifiMessageId: Number(row.suomifiMessageId),
      channel: row.channel === "paper" ? "paper" : "electronic",
      isAlreadySent: true,
    };
  const content = {
    title: message.title,
    body: message.body,
    attachments: files.map((file) => file.filename),
  };
  await prisma.sentMessage.update({
    where: { id: row.id },
    data: {
      contentEncrypted: encryptString(JSON.stringify(content), {
        associatedData: sentMessageContext(row.id),
      }),
    },
  });

  const client = createConnectionRestClient(connection, overrides);
  try {
    const result = await sendOutgoingMessage(client, {
      organizationId,
      serviceId: recipient.serviceId,
      externalId,
      recipient: recipient.person,
      isPaperOnly: context.submission.form.isPaperOnly,
      files: files.map((file) => ({ ...file, mediaType: "application/pdf" })),
      electronic: {
        title: message.title,
        body: message.body,
        bodyFormat: "Text",
        messageServiceType: row.isVerifiable ? "Verifiable" : "Normal",
        replyAllowedBy: isReplyAllowed ? "Anyone" : "No one",
        visibility: "Normal",
        attachments: [],
        notifications: {
          senderDetailsInNotifications: "Organisation and service name",
          unreadMessageNotification: { reminder: "Default reminder" },
          ...customisedNotification(context.submission.form.caseNotification),
        },
      },
    });
    const isAlreadySent = await prisma.$transaction(async (tx) => {
      // Two sends of one panel may both reach here (the second got 409): only the first records the moves.
      const locked = await tx.$queryRaw<{ status: string }[]>`
        SELECT status FROM sent_message WHERE id = ${row.id}::uuid FOR UPDATE`;
      if (locked[0]?.status === "sent") return true;
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
      await recordCaseMessageMoves(tx, {
        submissionId: context.submission.id,
        sentMessageId: row.id,
        input,
        attachments: files.length,
        isVerifiable: row.isVerifiable,
        actor,
      });
      await recordAuditEvent(
        {
          organizationId,
          actor,
          action: "submission.case_message_sent",
          objectType: "submission",
          objectId: context.submission.id,
          details: {
            reference: context.submission.reference,
            sentMessageId: row.id,
            kind: input.kind,
            attachments: files.length,
            isVerifiable: row.isVerifiable,
            isReplyAllowed,
            channel: result.channel,
            ...(needs.deadline ? { deadline: input.deadline } : {}),
          },
        },
        tx,
      );
      return false;
    });
    return {
      sentMessageId: row.id,
      suomifiMessageId: result.messageId,
      channel: result.channel,
      isAlreadySent: isAlreadySent || result.isAlreadySent,
    };
  } catch (error) {
    if (error instanceof OutgoingChannelError) {
      // No channel reaches the person: nothing went to Suomi.fi; the row says why.
      await prisma.sentMessage.update({
        where: { id: row.id },
        data: { status: "failed", error: error.code },
      });
      throw new CaseMessageError(CHANNEL_PROBLEM[error.code]);
    }
    if (!(error instanceof SuomifiError)) throw error;
    const description = `${error.status ?? "no response"}${error.errorCode ? ` ${error.errorCode}` : ""}`;
    await prisma.sentMessage.update({
      where: { id: row.id },
      data: { status: "failed", error: description },
    });
    if (error.errorCode === "MAILBOX_NOT_IN_USE") throw new CaseMessageError("caseMessageNoRecipient");
    throw new CaseMessageError(error.isRetryable ? "caseMessageUnavailable" : "caseMessageFailed");
  }
}

async function recordCaseMessageMoves(
  tx: Prisma.TransactionClient,
  input: {
    submissionId: string;
    sentMessageId: string;
    input: TSendCaseMessageInput;
    attachments: number;
    isVerifiable: boolean;
    actor: TAuditActor;
  },
): Promise<void> {
  const userId = input.actor.userId ?? null;
  await applySubmissionMoveIfAllowed(tx, input.submissionId, {
    type: "case_message_sent",
    details: {
      userId,
      sentMessageId: input.sentMessageId,
      kind: input.input.kind,
      attachments: input.attachments,
      isVerifiable: input.isVerifiable,
    },
  });
  if (input.input.kind !== "supplement-request") return;
  // A new submission is being handled once someone asks its sender for more.
  await applySubmissionMoveIfAllowed(tx, input.submissionId, {
    type: "handling_started",
    details: { userId },
  });
  await applySubmissionMoveIfAllowed(tx, input.submissionId, {
    type: "citizen_asked",
    details: { userId, sentMessageId: input.sentMessageId, deadline: input.input.deadline },
  });
}
