import { jsonResponse, withApiKey } from "@/lib/delivery/pull/api-route";
import { getFormAnswersSchema } from "@/lib/delivery/pull/form-answers-schema";

export const dynamic = "force-dynamic";

/** JSON Schema of the answers of one published form version of the key's organisation. */
export const GET = withApiKey<{ slug: string; version: string }>(
  "submissions:read",
  async (_request, auth, params) => {
    const version = /^[1-9]\d{0,5}$/.test(params.version) ? Number(params.version) : null;
    const schema =
      version === null ? null : await getFormAnswersSchema(auth.organizationId, params.slug, version);
    return schema ? jsonResponse(schema) : jsonResponse({ error: "not_found" }, 404);
  },
);
