// The kinds of case message a handler sends after the receipt, as sent_message.kind stores them, each with the
// template it is written from. Exhaustive: a new kind does not compile until it says which template it uses.
// Browser-safe (the send panel lists them).
import type { TRenderCaseMessageInput } from "@/lib/forms/render-case-message";

export const CASE_MESSAGE_KINDS = [
  "case-pending",
  "processing",
  "supplement-request",
  "decision",
  "free",
] as const;
export type TCaseMessageKind = (typeof CASE_MESSAGE_KINDS)[number];
/** The worker's own kind: the one reminder of a supplement request. */
export const SUPPLEMENT_REMINDER_KIND = "supplement-reminder";
/** Every kind a sent_message of a submission's case may have (events per sent message attach to these). */
export type TSentCaseMessageKind = TCaseMessageKind | typeof SUPPLEMENT_REMINDER_KIND;

export const CASE_MESSAGE_TEMPLATE_OF = {
  "case-pending": "casePending",
  processing: "processing",
  "supplement-request": "supplementRequest",
  decision: "decision",
  free: "free",
} as const satisfies Record<TCaseMessageKind, TRenderCaseMessageInput["kind"]>;

/** What the send panel asks for besides the handler's text, per kind. */
export const CASE_MESSAGE_NEEDS = {
  "case-pending": { deadline: false, decisionDate: false },
  processing: { deadline: false, decisionDate: true },
  "supplement-request": { deadline: true, decisionDate: false },
  decision: { deadline: false, decisionDate: false },
  free: { deadline: false, decisionDate: false },
} as const satisfies Record<TCaseMessageKind, { deadline: boolean; decisionDate: boolean }>;

/** Attachment limits for organisation-sent messages (DVV, Feb 2026); PDF only for case messages. */
export const MAX_CASE_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_CASE_ATTACHMENTS = 50;

export const caseMessageExternalId = (messageId: string) => `lomake-case-${messageId}`;
export const supplementReminderExternalId = (requestSentMessageId: string) =>
  `lomake-reminder-${requestSentMessageId}`;
