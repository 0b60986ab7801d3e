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
import { API_SCOPE_DESCRIPTIONS, API_SCOPES, type TApiScope } from "@/lib/delivery/pull/api-scopes";
import {
  WRITE_API_ERROR_CODES,
  ZApiCaseMessage,
  ZApiSentMessage,
  ZApiStateChanged,
  ZApiStatusChange,
} from "@/lib/delivery/pull/write-api-schemas";

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
  error: z
    .string()
    .describe(
      `Machine-readable code, e.g. not_found, nothing_to_acknowledge; the write API answers one of: ${WRITE_API_ERROR_CODES.join(", ")}`,
    ),
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
  registry.add(ZApiCaseMessage, { id: "CaseMessageRequest" });
  registry.add(ZApiStatusChange, { id: "StatusChangeRequest" });
  registry.add(ZApiSentMessage, { id: "SentCaseMessage" });
  registry.add(ZApiStateChanged, { id: "StatusChanged" });
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
/** The one scope an operation needs (OpenAPI 3.1 lets a bearer scheme's requirement list roles). */
const needs = (scope: TApiScope) => ({ security: [{ apiKey: [scope] }] });

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
  const forbidden = {
    description: "The key lacks the operation's scope (error insufficient_scope)",
    content: json("Error"),
  };
  const idempotencyKey = {
    name: "Idempotency-Key",
    in: "header",
    required: true,
    description:
      "A new unique value (e.g. a UUID) per intended operation. The same key with the same body answers the " +
      "first result again (200, header Idempotent-Replayed: true, the same message id), and never sends twice; " +
      "the same key with another body is refused (409 idempotency_key_reused). A request answered 5xx may be " +
      "retried with the same key.",
    schema: { type: "string", minLength: 1, maxLength: 255 },
  };
  const refused = (what: string) => ({
    description: `${what} Nothing was sent or changed.`,
    content: json("Error"),
  });
  const writeResponses = {
    "400": refused(
      "No or an invalid Idempotency-Key, a body that is not JSON or does not match the schema, or a title with a template.",
    ),
    "401": unauthorized,
    "403": forbidden,
    "404": { description: "No submission with this id in the key's organisation", content: json("Error") },
    "409": refused(
      "The Idempotency-Key was used for another request, the submission cannot take a message yet " +
        "(submission_not_sendable), or cannot reach the state (state_not_reachable).",
    ),
    "413": refused("The body is larger than 40 MB."),
    "422": refused(
      "The message breaks a limit or cannot reach the person: text over 4,000 characters after normalisation, " +
        "title over 256, a missing deadline or decision date, an attachment that is not a PDF, over 10 MB or " +
        "more than 50, no channel (no mailbox and paper mail off), no postal address, or attachments on paper.",
    ),
    "502": refused("Suomi.fi Messages refused the message."),
    "503": refused("Suomi.fi Messages did not answer; retry with the same Idempotency-Key."),
  };
  type TResponse = { description: string; content: ReturnType<typeof json> };
  /** GET the bytes of one attachment of a submission or a message. */
  const attachmentPath = (summary: string, missing: TResponse) => ({
    get: {
      ...needs("submissions:read"),
      summary,
      parameters: [
        idParameter,
        { name: "attachmentId", in: "path", required: true, schema: { type: "string", format: "uuid" } },
      ],
      responses: {
        "200": { description: "The file", content: { "application/octet-stream": {} } },
        "401": unauthorized,
        "404": missing,
      },
    },
  });
  /** POST an idempotent acknowledgement of a submission or a message. */
  const ackPath = (summary: string, missing: TResponse, nothingToAcknowledge: string) => ({
    post: {
      ...needs("submissions:ack"),
      summary,
      parameters: [idParameter],
      responses: {
        "200": { description: "Acknowledged (now or earlier)", content: json("Acknowledged") },
        "401": unauthorized,
        "404": missing,
        "409": { description: nothingToAcknowledge, content: json("Error") },
      },
    },
  });
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
      title: "Lomake pull API, case-system write API and webhooks",
      version: "1",
      description:
        "Access to an organisation's retrieved submissions for target systems that prefer to fetch. " +
        "Authenticate with `Authorization: Bearer lmk_…` (keys are made in the admin UI). Page with `after` = the last `nextCursor`, " +
        "and acknowledge each submission once it is stored safely. A case system with a key scoped messages:send " +
        "sends the citizen case messages and sets a submission's handling state (each write with an Idempotency-Key). " +
        "Webhook targets receive the same submission, " +
        "signed with Standard Webhooks (see `webhooks`); its JSON Schema is also at /api/v1/schemas/submission-v1.json.",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description:
            "An API key (lmk_…) made by an owner under Delivery → API keys, with the scopes chosen there: " +
            API_SCOPES.map((scope) => `${scope} (${API_SCOPE_DESCRIPTIONS[scope]})`).join("; ") +
            ". Each operation lists the one scope it needs; a key without it gets 403 insufficient_scope.",
        },
      },
      schemas: componentSchemas(),
    },
    security: [{ apiKey: [] }],
    paths: {
      "/api/v1/submissions": {
        get: {
          ...needs("submissions:read"),
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
          ...needs("submissions:read"),
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
          ...needs("submissions:read"),
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
      "/api/v1/submissions/{id}/attachments/{attachmentId}": attachmentPath(
        "The bytes of one attachment",
        notFound,
      ),
      "/api/v1/submissions/{id}/ack": ackPath(
        "Mark the submission taken by this organisation's pull target (idempotent)",
        notFound,
        "Nothing to acknowledge: no pull target was given this submission (none existed or was enabled " +
          "for its form when it arrived, and no backfill sent it), or that delivery was cancelled",
      ),
      "/api/v1/submissions/{id}/messages": {
        post: {
          ...needs("messages:send"),
          summary:
            "Send the citizen a case message (a form's template or a free message), by the channel that reaches them",
          description:
            "The same as a handler's send panel: the form's template in the submission's language with `text` as " +
            "its handler text, or a free message; sent electronically to an active Suomi.fi mailbox, otherwise as " +
            "a printed letter when the organisation has paper mail on (always on paper for a form marked never " +
            "electronically). A supplement request sets the submission waiting for the citizen until they reply.",
          parameters: [idParameter, idempotencyKey],
          requestBody: { required: true, content: json("CaseMessageRequest") },
          responses: {
            "201": { description: "Sent", content: json("SentCaseMessage") },
            "200": {
              description: "A replay: the message the first request with this key sent",
              content: json("SentCaseMessage"),
            },
            ...writeResponses,
          },
        },
      },
      "/api/v1/submissions/{id}/status": {
        post: {
          ...needs("messages:send"),
          summary: "Move the submission to a handling state, optionally sending a notice first",
          description:
            "Through the submission state machine, as a handler's buttons do (on the timeline). The notice is sent " +
            "first and the state moves only once it is sent; a state the submission cannot reach is refused before " +
            "any notice goes. Already in the state: nothing changes.",
          parameters: [idParameter, idempotencyKey],
          requestBody: { required: true, content: json("StatusChangeRequest") },
          responses: {
            "200": { description: "In the state (now, or on a replay)", content: json("StatusChanged") },
            ...writeResponses,
          },
        },
      },
      "/api/v1/messages": {
        get: {
          ...needs("submissions:read"),
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
          ...needs("submissions:read"),
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
      "/api/v1/messages/{id}/attachments/{attachmentId}": attachmentPath(
        "The bytes of one attachment of a message",
        messageNotFound,
      ),
      "/api/v1/messages/{id}/ack": ackPath(
        "Mark the message taken by this organisation's pull target (idempotent)",
        messageNotFound,
        "Nothing to acknowledge: no pull target was given this message, or it was cancelled",
      ),
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
