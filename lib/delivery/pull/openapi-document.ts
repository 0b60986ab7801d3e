// The OpenAPI document of the pull API, served at /api/v1/openapi.json.
import { z } from "zod";
import { ZWebhookPayloadV1 } from "@/lib/delivery/webhook-payload-schema";

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

export function openApiDocument(serverUrl: string) {
  const schema = (value: z.ZodType) => z.toJSONSchema(value, { target: "openapi-3.0" });
  const unauthorized = { description: "Missing, unknown or revoked API key" };
  const notFound = { description: "No such released submission in the key's organisation" };
  const idParameter = { name: "id", in: "path", required: true, schema: { type: "string", format: "uuid" } };
  return {
    openapi: "3.0.3",
    info: {
      title: "Lomake pull API",
      version: "1",
      description:
        "Read-only access to an organisation's retrieved submissions for target systems that prefer to fetch. " +
        "Authenticate with `Authorization: Bearer lmk_…` (keys are made in the admin UI). Page with `after` = the last `nextCursor`, " +
        "and acknowledge each submission once it is stored safely.",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer" } },
      schemas: { SubmissionList: schema(ZList), Submission: schema(ZWebhookPayloadV1) },
    },
    security: [{ apiKey: [] }],
    paths: {
      "/api/v1/submissions": {
        get: {
          summary: "Submissions retrieved after the cursor, oldest first",
          parameters: [
            { name: "after", in: "query", required: false, schema: { type: "string" } },
            {
              name: "limit",
              in: "query",
              required: false,
              schema: { type: "integer", minimum: 1, maximum: 500 },
            },
          ],
          responses: {
            "200": {
              description: "A page",
              content: { "application/json": { schema: { $ref: "#/components/schemas/SubmissionList" } } },
            },
            "401": unauthorized,
          },
        },
      },
      "/api/v1/submissions/{id}": {
        get: {
          summary: "One submission: answers with labels, sender, attachments",
          parameters: [idParameter],
          responses: {
            "200": {
              description: "The submission",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Submission" } } },
            },
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
          responses: { "200": { description: "The file" }, "401": unauthorized, "404": notFound },
        },
      },
      "/api/v1/submissions/{id}/ack": {
        post: {
          summary: "Mark the submission taken by this target system (idempotent)",
          parameters: [idParameter],
          responses: { "200": { description: "Acknowledged" }, "401": unauthorized, "404": notFound },
        },
      },
    },
  };
}
