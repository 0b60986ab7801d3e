// The versioned JSON a webhook target receives; published as JSON Schema at /api/v1/schemas/submission-v1.json.
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
    answers: z.object({
      schemaVersion: z.literal(1),
      values: z.record(z.string(), z.unknown()),
      labels: z.record(z.string(), z.string()),
    }),
    attachments: z.array(ZWebhookAttachment),
  })
  .meta({ id: "LomakeSubmissionWebhookV1" });

export type TWebhookPayloadV1 = z.infer<typeof ZWebhookPayloadV1>;

export function webhookPayloadJsonSchema(): unknown {
  return z.toJSONSchema(ZWebhookPayloadV1, { target: "draft-2020-12" });
}
