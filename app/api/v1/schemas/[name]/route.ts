import { jsonResponse } from "@/lib/delivery/pull/api-route";
import { webhookPayloadJsonSchema } from "@/lib/delivery/webhook-payload-schema";

export const dynamic = "force-dynamic";

/** JSON Schemas of what targets receive: /api/v1/schemas/submission-v1.json */
export async function GET(_request: Request, context: { params: Promise<{ name: string }> }) {
  const { name } = await context.params;
  if (name !== "submission-v1.json") return jsonResponse({ error: "not_found" }, 404);
  return jsonResponse(webhookPayloadJsonSchema());
}
