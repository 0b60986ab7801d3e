import { appBaseUrl } from "@/lib/delivery/attachment-links";
import { jsonResponse } from "@/lib/delivery/pull/api-route";
import { openApiDocument } from "@/lib/delivery/pull/openapi-document";

export const dynamic = "force-dynamic";

export function GET() {
  return jsonResponse(openApiDocument(appBaseUrl()));
}
