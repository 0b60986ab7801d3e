// The versioned JSON targets receive, one type per event; each is published as JSON Schema under
// /api/v1/schemas/ (PUBLISHED_PAYLOAD_SCHEMAS).
import { z } from "zod";

export const WEBHOOK_PAYLOAD_VERSION = 1;

export const ZWebhookAttachment = z.object({
  id: z.string(),
  filename: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  fieldKey: z.string().nullable(),
  url: z.string().nullable().describe("Signed link, valid until expiresAt (attachment mode links)"),
  expiresAt: z.string().nullable(),
  contentBase64: z.string().nullable().describe("The bytes (attachment mode inline)"),
  copy: z
    .enum(["suomifi-message", "kept-by-lomake"])
    .describe(
      "Which copy this is: the one the identified person sent through Suomi.fi Messages, or the one Lomake " +
        "kept at upload because the file did not travel with the message. Each file is listed once.",
    ),
  isVerifiedAgainstKeptCopy: z
    .boolean()
    .describe("The copy sent through Suomi.fi has the same SHA-256 as the copy Lomake kept at upload"),
});

export const ZWebhookParty = z
  .object({
    kind: z.enum(["person", "company"]),
    name: z.string(),
    personalIdentityCode: z
      .string()
      .nullable()
      .describe("A person's henkilötunnus, when the target's sender detail includes it; null for a company"),
    businessId: z.string().nullable().describe("A company's Y-tunnus; null for a person"),
  })
  .describe("A person or a company identified by Suomi.fi");

export const ZWebhookPayloadV1 = z
  .object({
    type: z.enum(["submission.received", "test"]),
    payloadVersion: z.literal(WEBHOOK_PAYLOAD_VERSION),
    deliveryId: z.string(),
    organization: z.object({ id: z.string() }),
    form: z.object({ id: z.string(), slug: z.string(), version: z.number().int(), title: z.string() }),
    submission: z.object({
      id: z.string(),
      reference: z.string(),
      language: z.string(),
      createdAt: z.string(),
      sentToSuomifiAt: z.string().nullable(),
      retrievedAt: z.string().nullable(),
      integrity: z.object({
        status: z.enum(["valid", "mismatch", "missing-code", "not-checked"]),
        releasedByHandler: z.boolean(),
      }),
    }),
    sender: ZWebhookParty.nullable().describe(
      "Who sent the form, identified by Suomi.fi, as the organisation chose to include it: the person who acted " +
        "when someone acted for the mailbox owner (onBehalfOf), otherwise the mailbox owner",
    ),
    onBehalfOf: ZWebhookParty.nullable().describe(
      "The mailbox owner the sender acted for through a mandate (Suomi.fi Valtuudet): a child, a principal or a " +
        "company; null when the sender filed for themselves. The matter concerns onBehalfOf, or the sender when null",
    ),
    filing: z
      .object({
        role: z.enum(["guardian", "mandateHolder", "company"]),
        principal: ZWebhookParty.nullable().describe(
          "The person or company the matter concerns, checked in Suomi.fi Valtuudet; null when the target's " +
            "sender detail is none",
        ),
        filerName: z
          .string()
          .nullable()
          .describe(
            "The identified person who filled the form for them; null when the sender detail is none",
          ),
        issueCode: z.string().nullable().describe("The Valtuudet issue the mandate was checked for"),
      })
      .nullable()
      .describe(
        "Filed for someone else, as chosen at the form's start (a guardian for a child, a mandate holder, a " +
          "company's representative); null when the person filed for themself",
      ),
    answers: z.object({
      schemaVersion: z.literal(1),
      values: z.record(z.string(), z.unknown()),
      labels: z.record(z.string(), z.string()),
    }),
    attachments: z.array(ZWebhookAttachment),
  })
  .meta({ id: "LomakeSubmissionWebhookV1" });

export type TWebhookPayloadV1 = z.infer<typeof ZWebhookPayloadV1>;

// Messages citizens send after the form: a reply on a submission's thread, or a new message to a service.

export const ZMessageAttachment = z
  .object({
    id: z.string(),
    filename: z.string(),
    mediaType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    url: z.string().nullable().describe("Signed link, valid until expiresAt (attachment mode links)"),
    expiresAt: z.string().nullable(),
    contentBase64: z.string().nullable().describe("The bytes (attachment mode inline)"),
  })
  .describe("A file the citizen attached to the message in Suomi.fi Messages");

export const ZCitizenMessage = z.object({
  id: z.string().describe("Lomake's id of the retrieved message (the pull API's /api/v1/messages/{id})"),
  suomifiMessageId: z.string().describe("The message's id in Suomi.fi Messages"),
  title: z.string(),
  body: z.string(),
  sentAt: z.string().describe("When the citizen sent it"),
  retrievedAt: z.string(),
  attachments: z.array(ZMessageAttachment),
});

export const ZSubmissionReplyPayloadV1 = z
  .object({
    type: z.literal("submission.reply"),
    payloadVersion: z.literal(WEBHOOK_PAYLOAD_VERSION),
    deliveryId: z.string(),
    organization: z.object({ id: z.string() }),
    form: z.object({ id: z.string(), slug: z.string(), version: z.number().int(), title: z.string() }),
    submission: z
      .object({ id: z.string(), reference: z.string(), language: z.string() })
      .describe("The submission whose thread the citizen answered (the same id as its submission.received)"),
    inReplyTo: z
      .object({
        kind: z.string().describe('What Lomake sent that the citizen answered, e.g. "receipt" or "reply"'),
        sentAt: z.string().nullable(),
      })
      .nullable()
      .describe("The message of Lomake's the reply answers, when Suomi.fi names it"),
    message: ZCitizenMessage,
    sender: ZWebhookParty.nullable().describe("Who sent the reply (the one who acted), as the target allows"),
    onBehalfOf: ZWebhookParty.nullable().describe("The mailbox owner they acted for, or null"),
  })
  .meta({ id: "LomakeSubmissionReplyWebhookV1" });

export const ZMessageReceivedPayloadV1 = z
  .object({
    type: z.literal("message.received"),
    payloadVersion: z.literal(WEBHOOK_PAYLOAD_VERSION),
    deliveryId: z.string(),
    organization: z.object({ id: z.string() }),
    service: z
      .object({ id: z.string(), name: z.string().nullable() })
      .describe("The Suomi.fi service the citizen wrote to (its Suomi.fi service id)"),
    inReplyToMessageId: z
      .string()
      .nullable()
      .describe("A reply in a message's thread: the id of the earlier message it continues (message.id)"),
    mentionedSubmission: z
      .object({ id: z.string(), reference: z.string() })
      .nullable()
      .describe("A submission whose reference the message names; it is not a reply to it"),
    problem: z
      .string()
      .nullable()
      .describe("Why the message could not be placed in a thread, e.g. thread-malformed; null when none"),
    message: ZCitizenMessage,
    sender: ZWebhookParty.nullable(),
    onBehalfOf: ZWebhookParty.nullable(),
  })
  .meta({ id: "LomakeMessageReceivedWebhookV1" });

export type TSubmissionReplyPayloadV1 = z.infer<typeof ZSubmissionReplyPayloadV1>;
export type TMessageReceivedPayloadV1 = z.infer<typeof ZMessageReceivedPayloadV1>;
export type TMessagePayloadV1 = TSubmissionReplyPayloadV1 | TMessageReceivedPayloadV1;

/** The published JSON Schemas, by the name they are served under at /api/v1/schemas/{name}. */
export const PUBLISHED_PAYLOAD_SCHEMAS = {
  "submission-v1.json": ZWebhookPayloadV1,
  "submission-reply-v1.json": ZSubmissionReplyPayloadV1,
  "message-received-v1.json": ZMessageReceivedPayloadV1,
} as const;

export function publishedPayloadJsonSchema(name: string): unknown {
  const schema = PUBLISHED_PAYLOAD_SCHEMAS[name as keyof typeof PUBLISHED_PAYLOAD_SCHEMAS];
  return schema ? z.toJSONSchema(schema, { target: "draft-2020-12" }) : null;
}
