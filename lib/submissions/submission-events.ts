// Every kind of event on a submission's timeline, each with the zod schema of its details. A new kind fails type
// checking in submission-moves.ts (where it must say from which states it may happen) and in the ledger's labels.
import { z } from "zod";

const ZNone = z.object({}).strict();
const ZDelivery = z.object({
  targetId: z.uuid(),
  targetName: z.string(),
  attempts: z.int().min(1),
  error: z.string().optional(),
  /** A citizen's reply delivered after the form (its own event for the target); absent for the form itself. */
  event: z.literal("submission.reply").optional(),
});
const ZRetrieval = z.object({
  suomifiMessageId: z.int().min(0),
  integrityStatus: z.string(),
  findings: z.array(z.string()),
});

const ZCitizenMessage = z.object({
  retrievedMessageId: z.uuid(),
  suomifiMessageId: z.int().min(0),
  attachments: z.int().min(0),
});

export const SUBMISSION_EVENT_DETAILS = {
  created: z.object({ attachments: z.int().min(0) }),
  superseded: z.object({ by: z.uuid() }),
  handed_off: z.object({ count: z.int().min(1) }),
  /** The person came back with a completed (or unknown) outcome. */
  returned: z.object({ outcome: z.enum(["completed", "none"]) }),
  /** The person came back having cancelled, or Suomi.fi reported a failure: nothing was sent. */
  returned_without_sending: z.object({ outcome: z.enum(["cancelled", "failed"]) }),
  retrieved: ZRetrieval,
  held: ZRetrieval,
  retrieved_duplicate: z.object({ suomifiMessageId: z.int().min(0) }),
  /** The citizen answered in this submission's Suomi.fi thread (matched by thread data); text on the message. */
  reply_received: ZCitizenMessage,
  /** A new message (not a reply) names this submission's reference: linked to it, handled in the inbox. */
  message_mentioned: ZCitizenMessage,
  /** A handler attached an inbox message to this submission. */
  message_attached: z.object({ retrievedMessageId: z.uuid(), userId: z.uuid().nullable() }),
  released_by_handler: z.object({ userId: z.uuid().nullable() }),
  receipt_sent: z.object({
    messageId: z.int().min(0),
    isAlreadySent: z.boolean(),
    channel: z.enum(["electronic", "paper"]).optional(),
  }),
  receipt_failed: z.object({ error: z.string() }),
  delivered_to_target: ZDelivery,
  delivery_dead: ZDelivery,
  replay_requested: z.object({ targetId: z.uuid() }),
  acknowledged: z.object({ via: z.literal("pull-api") }),
  delivered: ZNone,
  /** A handler starts working on it (the inbox). */
  handling_started: z.object({ userId: z.uuid().nullable() }),
  /** A handler asked the citizen for more (by hand, or by sending a supplement request: its id and deadline). */
  citizen_asked: z.object({
    userId: z.uuid().nullable(),
    sentMessageId: z.uuid().optional(),
    deadline: z.iso.date().optional(),
  }),
  /** A handler sent the citizen a case message (lib/case-messages); its text is on sent_message. */
  case_message_sent: z.object({
    userId: z.uuid().nullable(),
    sentMessageId: z.uuid(),
    kind: z.string(),
    attachments: z.int().min(0),
    isVerifiable: z.boolean(),
  }),
  /** The worker reminded the citizen, once, of a supplement request before its deadline. */
  supplement_reminder_sent: z.object({ sentMessageId: z.uuid(), requestSentMessageId: z.uuid() }),
  citizen_replied: ZNone,
  /** A handler goes on without waiting any longer for the citizen. */
  handling_resumed: z.object({ userId: z.uuid().nullable() }),
  handled: z.object({ userId: z.uuid().nullable() }),
  reopened: z.object({ userId: z.uuid().nullable() }),
  /** Given to a member to handle (or taken back: assigneeUserId null) by userId. */
  assigned: z.object({ userId: z.uuid().nullable(), assigneeUserId: z.uuid().nullable() }),
  /** A private note was written (its text is in submission_note, never on the timeline). */
  note_added: z.object({ userId: z.uuid().nullable(), noteId: z.uuid() }),
  /** A target added later (or re-enabled) was given this submission by an owner's backfill. */
  delivery_backfilled: z.object({ targetId: z.uuid(), targetName: z.string(), backfillId: z.uuid() }),
  /** Retention: the local copy was deleted under `rule` (lib/delivery/purge-expired-submissions.ts). */
  purged: z
    .object({ rule: z.enum(["delivered", "retrieved-not-delivered", "held", "never-retrieved"]).optional() })
    .strict(),
  erased: ZNone,
} as const;

export type TSubmissionEventType = keyof typeof SUBMISSION_EVENT_DETAILS;
export const SUBMISSION_EVENT_TYPES = Object.keys(SUBMISSION_EVENT_DETAILS) as TSubmissionEventType[];

export type TSubmissionEvent = {
  [K in TSubmissionEventType]: { type: K; details: z.input<(typeof SUBMISSION_EVENT_DETAILS)[K]> };
}[TSubmissionEventType];

/** One schema for the whole union, e.g. to read a timeline row back. */
export const ZSubmissionEvent = z.discriminatedUnion(
  "type",
  SUBMISSION_EVENT_TYPES.map((type) =>
    z.object({ type: z.literal(type), details: SUBMISSION_EVENT_DETAILS[type] }),
  ) as unknown as [
    z.ZodObject<{ type: z.ZodLiteral<TSubmissionEventType>; details: z.ZodType }>,
    ...z.ZodObject<{ type: z.ZodLiteral<TSubmissionEventType>; details: z.ZodType }>[],
  ],
);
