import { jsonResponse } from "@/lib/delivery/pull/api-route";
import { publishedPayloadJsonSchema } from "@/lib/delivery/webhook-payload-schema";

export const dynamic = "force-dynamic";

/**
 * JSON Schemas of what targets receive: /api/v1/schemas/submission-v1.json, submission-reply-v1.json and
 * message-received-v1.json.
 */
export async function GET(_request: Request, context: { params: Promise<{ name: string }> }) {
  const { name } = await context.params;
  const schema = publishedPayloadJsonSchema(name);
  return schema ? jsonResponse(schema) : jsonResponse({ error: "not_found" }, 404);
}
