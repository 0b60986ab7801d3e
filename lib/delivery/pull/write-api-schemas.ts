// The write API's request and response bodies and its error codes, for the routes (through lib/case-messages)
// and the OpenAPI document alike.
import { z } from "zod";
import { TARGET_STATES } from "@/lib/submissions/set-submission-state";

export const API_TEMPLATES = ["case-pending", "processing", "supplement-request", "decision"] as const;

export const ZApiCaseMessage = z
  .strictObject({
    template: z
      .enum(API_TEMPLATES)
      .optional()
      .describe("The form's template to write from; without it, a free message of `text` (and `title`)"),
    text: z
      .string()
      .max(40_000)
      .optional()
      .describe(
        "The handler's text ({handlerText} of a template) or the free message; at most 4,000 characters once rendered and normalised",
      ),
    title: z.string().max(1_000).optional().describe("Title of a free message (a template has its own)"),
    deadline: z.iso
      .date()
      .optional()
      .describe("Supplement request: the day the citizen should answer by (future)"),
    decisionDate: z.iso.date().optional().describe("Processing started: the estimated decision date"),
    isReplyAllowed: z
      .boolean()
      .optional()
      .describe("Whether the citizen may reply (always for a supplement request)"),
    isVerifiable: z
      .boolean()
      .optional()
      .describe("Sent as Verifiable: the citizen confirms receipt before opening"),
    attachments: z
      .array(
        z.strictObject({
          filename: z.string().min(1).max(255).describe("Ends in .pdf; what the citizen sees"),
          mediaType: z.string().describe("application/pdf"),
          contentBase64: z.base64().describe("The PDF, base64; at most 10 MB decoded"),
        }),
      )
      .optional()
      .describe("PDFs only, at most 50, each at most 10 MB"),
  })
  .describe("A case message to the citizen who sent the submission");
export type TApiCaseMessage = z.output<typeof ZApiCaseMessage>;

export const ZApiStatusChange = z
  .strictObject({
    state: z.enum(TARGET_STATES).describe("The handling state to move the submission to"),
    notice: ZApiCaseMessage.optional().describe(
      "A case message sent first; the state moves only once it is sent",
    ),
  })
  .describe("A handling state for the submission, optionally with a notice to the citizen");

export const ZApiSentMessage = z
  .object({
    id: z.string().describe("Lomake's id of the sent message (the same on a replay)"),
    submissionId: z.string(),
    kind: z.enum([...API_TEMPLATES, "free"]),
    channel: z
      .enum(["electronic", "paper"])
      .describe("How it went: to the Suomi.fi mailbox, or as a printed letter"),
    suomifiMessageId: z
      .number()
      .int()
      .describe("Suomi.fi's messageId; its events are on the submission's ledger"),
    isVerifiable: z.boolean(),
  })
  .describe("A case message Suomi.fi accepted");

export const ZApiStateChanged = z
  .object({
    submissionId: z.string(),
    previousState: z.string().describe("The state before this request (before its notice, if any)"),
    state: z.enum(TARGET_STATES),
    notice: ZApiSentMessage.optional(),
  })
  .describe("The submission is in the asked state");

export const WRITE_API_ERROR_CODES = [
  "unauthorized",
  "insufficient_scope",
  "not_found",
  "idempotency_key_required",
  "idempotency_key_invalid",
  "idempotency_key_reused",
  "invalid_json",
  "invalid_body",
  "body_too_large",
  "title_only_for_free_message",
  "state_not_reachable",
  "message_empty",
  "text_too_long",
  "title_too_long",
  "deadline_required",
  "deadline_not_in_future",
  "decision_date_required",
  "attachment_not_pdf",
  "attachment_too_large",
  "too_many_attachments",
  "submission_not_sendable",
  "no_recipient",
  "no_channel_paper_mail_off",
  "no_postal_address",
  "attachments_not_printable",
  "suomifi_unavailable",
  "suomifi_refused",
] as const;
export type TWriteApiErrorCode = (typeof WRITE_API_ERROR_CODES)[number];
