// The OpenAPI 3.1 document of the pull API and of the webhooks Lomake sends, served at /api/v1/openapi.json.
// Schemas come from the same zod schemas the code uses, converted through one registry so that every $ref
// points into components/schemas (a test validates the whole document and resolves each $ref).
import { z } from "zod";
import {
  ZMessageAttachment,
  ZMessageReceivedPayloadV1,
  ZSubmissionReplyPayloadV1,
  ZWebhookAttachment,
  ZWebhookPayloadV1,
} from "@/lib/delivery/webhook-payload-schema";

const ZListItem = z.object({
  id: z.string(),
  reference: z.string(),
  form: z.object({ id: z.string(), slug: z.string(), version: z.number().int() }),
  createdAt: z.string(),
  retrievedAt: z.string(),
  integrityStatus: z.string(),
  isAcknowledged: z.boolean(),
  cursor: z.string(),
});
const ZList = z.object({ items: z.array(ZListItem), nextCursor: z.string().nullable() });
const ZMessageListItem = z.object({
  id: z.string(),
  type: z.enum(["submission.reply", "message.received"]),
  submissionId: z.string().nullable().describe("The submission a reply belongs to (type submission.reply)"),
  serviceId: z.string(),
  sentAt: z.string(),
  retrievedAt: z.string(),
  attachmentCount: z.number().int(),
  isPurged: z.boolean().describe("Retention removed its contents: GET answers 404"),
  isAcknowledged: z.boolean(),
  cursor: z.string(),
});
const ZMessageList = z.object({ items: z.array(ZMessageListItem), nextCursor: z.string().nullable() });
const ZAcknowledged = z.object({ isAcknowledged: z.literal(true), acknowledgedAt: z.string() });
const ZError = z.object({
  error: z.string().describe("Machine-readable code, e.g. not_found, nothing_to_acknowledge"),
  message: z.string().optional().describe("What happened and what to do, in English"),
});

/** components/schemas, each $ref written as #/components/schemas/{id}. */
function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  registry.add(ZWebhookPayloadV1, { id: "Submission" });
  registry.add(ZWebhookAttachment, { id: "Attachment" });
  registry.add(ZList, { id: "SubmissionList" });
  registry.add(ZSubmissionReplyPayloadV1, { id: "SubmissionReply" });
  registry.add(ZMessageReceivedPayloadV1, { id: "MessageReceived" });
  registry.add(ZMessageAttachment, { id: "MessageAttachment" });
  registry.add(ZMessageList, { id: "MessageList" });
  registry.add(ZAcknowledged, { id: "Acknowledged" });
  registry.add(ZError, { id: "Error" });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    uri: (id) => `#/components/schemas/${id}`,
  });
  // Inside an OpenAPI document the dialect is the document's own (jsonSchemaDialect).
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const { $schema: _dialect, $id: _id, ...rest } = schema as Record<string, unknown>;
      return [id, rest];
    }),
  );
}

const json = (ref: string) => ({ "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } });

export function openApiDocument(serverUrl: string) {
  const unauthorized = { description: "Missing, unknown or revoked API key", content: json("Error") };
  const notFound = {
    description: "No such released submission in the key's organisation",
    content: json("Error"),
  };
  /** A list's page: after the last page's nextCursor, at most `limit` items. */
  const pageParameters = [
    { name: "after", in: "query", required: false, schema: { type: "string" } },
    { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 500 } },
  ];
  const idParameter = {
    name: "id",
    in: "path",
    required: true,
    schema: { type: "string", format: "uuid" },
  };
  const signatureHeaders = [
    ["webhook-id", "The delivery's id: the same on every retry and replay, so duplicates can be dropped"],
    ["webhook-timestamp", "Unix seconds when this attempt was signed"],
    ["webhook-signature", "Standard Webhooks signature(s): v1,<base64 HMAC-SHA256> separated by spaces"],
  ].map(([name, description]) => ({
    name,
    in: "header",
    required: true,
    description,
    schema: { type: "string" },
  }));
  const messageNotFound = {
    description: "No such citizen message in the key's organisation (or its contents were purged)",
    content: json("Error"),
  };
  const webhook = (summary: string, description: string, schema = "Submission") => ({
    post: {
      summary,
      description,
      parameters: signatureHeaders,
      requestBody: { required: true, content: json(schema) },
      responses: {
        "2XX": { description: "Received. Any other status (or no answer within the timeout) is retried." },
      },
    },
  });
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Lomake pull API and webhooks",
      version: "1",
      description:
        "Read-only access to an organisation's retrieved submissions for target systems that prefer to fetch. " +
        "Authenticate with `Authorization: Bearer lmk_…` (keys are made in the admin UI). Page with `after` = the last `nextCursor`, " +
        "and acknowledge each submission once it is stored safely. Webhook targets receive the same submission, " +
        "signed with Standard Webhooks (see `webhooks`); its JSON Schema is also at /api/v1/schemas/submission-v1.json.",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer" } },
      schemas: componentSchemas(),
    },
    security: [{ apiKey: [] }],
    paths: {
      "/api/v1/submissions": {
        get: {
          summary: "Submissions retrieved after the cursor, oldest first",
          parameters: pageParameters,
          responses: {
            "200": { description: "A page", content: json("SubmissionList") },
            "401": unauthorized,
          },
        },
      },
      "/api/v1/submissions/{id}": {
        get: {
          summary: "One submission: answers with labels, sender, attachments",
          parameters: [idParameter],
          responses: {
            "200": { description: "The submission", content: json("Submission") },
            "401": unauthorized,
            "404": notFound,
          },
        },
      },
      "/api/v1/schemas/forms/{slug}/{version}": {
        get: {
          summary:
            "JSON Schema of the `answers` of one published form version (the submission's form.slug and form.version)",
          parameters: [
            { name: "slug", in: "path", required: true, schema: { type: "string" } },
            { name: "version", in: "path", required: true, schema: { type: "integer", minimum: 1 } },
          ],
          responses: {
            "200": { description: "A JSON Schema (draft 2020-12)", content: { "application/json": {} } },
            "401": unauthorized,
            "404": notFound,
          },
        },
      },
      "/api/v1/submissions/{id}/attachments/{attachmentId}": {
        get: {
          summary: "The bytes of one attachment",
          parameters: [
            idParameter,
            { name: "attachmentId", in: "path", required: true, schema: { type: "string", format: "uuid" } },
          ],
          responses: {
            "200": { description: "The file", content: { "application/octet-stream": {} } },
            "401": unauthorized,
            "404": notFound,
          },
        },
      },
      "/api/v1/submissions/{id}/ack": {
        post: {
          summary: "Mark the submission taken by this organisation's pull target (idempotent)",
          parameters: [idParameter],
          responses: {
            "200": { description: "Acknowledged (now or earlier)", content: json("Acknowledged") },
            "401": unauthorized,
            "404": notFound,
            "409": {
              description:
                "Nothing to acknowledge: no pull target was given this submission (none existed or was enabled " +
                "for its form when it arrived, and no backfill sent it), or that delivery was cancelled",
              content: json("Error"),
            },
          },
        },
      },
      "/api/v1/messages": {
        get: {
          summary:
            "Citizens' replies on submissions and new messages to services, retrieved after the cursor, oldest first",
          parameters: pageParameters,
          responses: {
            "200": { description: "A page", content: json("MessageList") },
            "401": unauthorized,
          },
        },
      },
      "/api/v1/messages/{id}": {
        get: {
          summary: "One message, as the submission.reply or message.received webhook carries it",
          parameters: [idParameter],
          responses: {
            "200": {
              description: "The message",
              content: {
                "application/json": {
                  schema: {
                    oneOf: [
                      { $ref: "#/components/schemas/SubmissionReply" },
                      { $ref: "#/components/schemas/MessageReceived" },
                    ],
                  },
                },
              },
            },
            "401": unauthorized,
            "404": messageNotFound,
          },
        },
      },
      "/api/v1/messages/{id}/attachments/{attachmentId}": {
        get: {
          summary: "The bytes of one attachment of a message",
          parameters: [
            idParameter,
            { name: "attachmentId", in: "path", required: true, schema: { type: "string", format: "uuid" } },
          ],
          responses: {
            "200": { description: "The file", content: { "application/octet-stream": {} } },
            "401": unauthorized,
            "404": messageNotFound,
          },
        },
      },
      "/api/v1/messages/{id}/ack": {
        post: {
          summary: "Mark the message taken by this organisation's pull target (idempotent)",
          parameters: [idParameter],
          responses: {
            "200": { description: "Acknowledged (now or earlier)", content: json("Acknowledged") },
            "401": unauthorized,
            "404": messageNotFound,
            "409": {
              description:
                "Nothing to acknowledge: no pull target was given this message, or it was cancelled",
              content: json("Error"),
            },
          },
        },
      },
    },
    webhooks: {
      "submission.received": webhook(
        "A submission was retrieved from Suomi.fi Messages and released",
        "POSTed to each webhook target of the form. Retried with backoff until a 2xx or until the retry period " +
          "ends; every attempt and replay carries the same webhook-id.",
      ),
      "submission.reply": webhook(
        "A citizen replied on a submission's thread",
        "The citizen answered a message Lomake sent about a submission (its receipt, a handler's message), in " +
          "Suomi.fi Messages. POSTed to the webhook targets of the submission's form, signed and retried like " +
          "submissions; JSON Schema at /api/v1/schemas/submission-reply-v1.json.",
        "SubmissionReply",
      ),
      "message.received": webhook(
        "A citizen sent a new message to a service",
        "A message that is not a form and not a reply on a submission: a new message to one of the " +
          "organisation's Suomi.fi services, a reply in such a message's thread, or one that could not be placed " +
          "(see problem). POSTed to targets of every form and to those of forms using that service; JSON Schema " +
          "at /api/v1/schemas/message-received-v1.json.",
        "MessageReceived",
      ),
      test: webhook(
        'The "send test event" button of a webhook target',
        "A sample submission with type test and made-up content, so the receiver can check its signature " +
          "verification and parsing. Not stored by Lomake and never retried.",
      ),
    },
  };
}
