// The write API of the organisation's case system: a case message, and a handling state with an optional notice,
// through the same domain functions the handler's panel and buttons use (sendCaseMessage, setSubmissionState),
// with the same limits. Each refusal has a machine-readable code and an English message; nothing is sent then.
import "server-only";
import { z } from "zod";
import type { TAuditActor } from "@/lib/audit/record-audit-event";
import { NotFoundError } from "@/lib/errors/domain-error";
import { idempotentUuid, type TApiResult } from "@/lib/delivery/pull/api-idempotency";
import type { TClientOverrides } from "@/lib/retrieval/connection-rest-client";
import { HandlingError } from "@/lib/submissions/handle-submission";
import { canSetSubmissionState, setSubmissionState } from "@/lib/submissions/set-submission-state";
import {
  ZApiStatusChange,
  type TApiCaseMessage,
  type TWriteApiErrorCode,
} from "@/lib/delivery/pull/write-api-schemas";
import { MAX_CASE_ATTACHMENT_BYTES } from "./case-message-kinds";
import {
  CaseMessageError,
  sendCaseMessage,
  type TCaseMessageErrorCode,
  type TSendCaseMessageInput,
} from "./send-case-message";

const ERRORS = {
  caseMessageEmpty: [422, "message_empty", "The rendered message has no text or no title: send `text`."],
  caseMessageTooLong: [
    422,
    "text_too_long",
    "The message is longer than 4,000 characters after normalisation.",
  ],
  caseMessageTitleTooLong: [422, "title_too_long", "The title is longer than 256 characters."],
  caseMessageDeadlineRequired: [422, "deadline_required", "A supplement request needs `deadline`."],
  caseMessageDeadlinePast: [
    422,
    "deadline_not_in_future",
    "The deadline must be a day after today (Finnish time).",
  ],
  caseMessageDecisionDateRequired: [
    422,
    "decision_date_required",
    "The processing template needs `decisionDate`.",
  ],
  caseMessageNotPdf: [
    422,
    "attachment_not_pdf",
    "Attachments must be PDF files (.pdf, application/pdf, %PDF- content).",
  ],
  caseMessageFileTooLarge: [422, "attachment_too_large", "An attachment is larger than 10 MB."],
  caseMessageTooManyFiles: [422, "too_many_attachments", "A message may carry at most 50 attachments."],
  caseMessageNotAllowed: [
    409,
    "submission_not_sendable",
    "The submission has not been retrieved and released yet.",
  ],
  caseMessageNoRecipient: [
    422,
    "no_recipient",
    "There is no one to write to: the sender has no Suomi.fi Messages or their details were deleted.",
  ],
  caseMessagePaperMailOff: [
    422,
    "no_channel_paper_mail_off",
    "The person has no active Suomi.fi mailbox (or the form never goes electronically) and the organisation has paper mail off.",
  ],
  caseMessageNoPostalAddress: [
    422,
    "no_postal_address",
    "The message must go on paper, but the recipient's or the organisation's postal address is missing.",
  ],
  caseMessageNotPrintable: [
    422,
    "attachments_not_printable",
    "The message must go on paper, and an attached PDF cannot be printed (damaged or password-protected): save it again and retry.",
  ],
  caseMessageUnavailable: [
    503,
    "suomifi_unavailable",
    "Suomi.fi Messages did not answer. Nothing was sent; retry with the same Idempotency-Key.",
  ],
  caseMessageFailed: [502, "suomifi_refused", "Suomi.fi Messages refused the message. Nothing was sent."],
} as const satisfies Record<TCaseMessageErrorCode, readonly [number, TWriteApiErrorCode, string]>;

const problem = (status: number, error: string, message: string): TApiResult => ({
  status,
  body: { error, message },
});
const NOT_FOUND = problem(404, "not_found", "No submission with this id in the key's organisation.");

function toSendInput(submissionId: string, messageId: string, body: TApiCaseMessage): TSendCaseMessageInput {
  return {
    submissionId,
    messageId,
    kind: body.template ?? "free",
    handlerText: body.text ?? "",
    freeTitle: body.title ?? "",
    deadline: body.deadline ?? "",
    decisionDate: body.decisionDate ?? "",
    isReplyAllowed: body.isReplyAllowed ?? false,
    isVerifiable: body.isVerifiable ?? false,
  };
}

/** Decodes the files, refusing an oversized one before it is decoded. */
function decodeAttachments(body: TApiCaseMessage) {
  const files = body.attachments ?? [];
  if (files.some((file) => Math.floor((file.contentBase64.length * 3) / 4) > MAX_CASE_ATTACHMENT_BYTES + 2))
    return null;
  return files.map((file) => ({
    filename: file.filename,
    mediaType: file.mediaType,
    content: new Uint8Array(Buffer.from(file.contentBase64, "base64")),
  }));
}

async function send(
  organizationId: string,
  submissionId: string,
  idempotencyKey: string,
  body: TApiCaseMessage,
  actor: TAuditActor,
  overrides: TClientOverrides,
): Promise<TApiResult> {
  if (body.title !== undefined && body.template !== undefined)
    return problem(
      400,
      "title_only_for_free_message",
      "`title` is for a free message; a template has its own.",
    );
  const files = decodeAttachments(body);
  if (!files) return mapError(new CaseMessageError("caseMessageFileTooLarge"));
  const messageId = idempotentUuid(organizationId, idempotencyKey);
  const sent = await sendCaseMessage(
    organizationId,
    toSendInput(submissionId, messageId, body),
    files,
    actor,
    overrides,
  );
  return {
    status: 201,
    body: {
      id: sent.sentMessageId,
      submissionId,
      kind: body.template ?? "free",
      channel: sent.channel,
      suomifiMessageId: sent.suomifiMessageId,
      isVerifiable: body.isVerifiable ?? false,
    },
  };
}

function mapError(error: unknown): TApiResult {
  if (error instanceof NotFoundError) return NOT_FOUND;
  if (error instanceof CaseMessageError) {
    const [status, code, message] = ERRORS[error.code];
    return problem(status, code, message);
  }
  throw error;
}

export async function sendCaseMessageFromApi(
  input: { organizationId: string; submissionId: string; idempotencyKey: string; body: TApiCaseMessage },
  actor: TAuditActor,
  overrides: TClientOverrides = {},
): Promise<TApiResult> {
  if (!z.uuid().safeParse(input.submissionId).success) return NOT_FOUND;
  try {
    return await send(
      input.organizationId,
      input.submissionId,
      input.idempotencyKey,
      input.body,
      actor,
      overrides,
    );
  } catch (error) {
    return mapError(error);
  }
}

export async function setStateFromApi(
  input: {
    organizationId: string;
    submissionId: string;
    idempotencyKey: string;
    body: z.output<typeof ZApiStatusChange>;
  },
  actor: TAuditActor,
  overrides: TClientOverrides = {},
): Promise<TApiResult> {
  if (!z.uuid().safeParse(input.submissionId).success) return NOT_FOUND;
  const notReachable = problem(
    409,
    "state_not_reachable",
    `The submission cannot move to ${input.body.state} from its current state.`,
  );
  try {
    // Checked first, so a notice is not sent for a move that would then be refused.
    const before = await canSetSubmissionState(input.organizationId, input.submissionId, input.body.state);
    if (!before.isReachable) return notReachable;
    let notice: TApiResult | null = null;
    if (input.body.notice) {
      notice = await send(
        input.organizationId,
        input.submissionId,
        input.idempotencyKey,
        input.body.notice,
        actor,
        overrides,
      );
      if (notice.status >= 300) return notice;
    }
    // A supplement request has already moved the submission to waiting: then the state is reached, no move.
    const moved = await setSubmissionState(
      input.organizationId,
      { submissionId: input.submissionId, state: input.body.state },
      actor,
    );
    return {
      status: 200,
      body: {
        submissionId: input.submissionId,
        previousState: before.from,
        state: moved.to,
        ...(notice ? { notice: notice.body } : {}),
      },
    };
  } catch (error) {
    if (error instanceof HandlingError) return notReachable;
    return mapError(error);
  }
}
