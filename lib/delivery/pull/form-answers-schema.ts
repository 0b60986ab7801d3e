// The published answer schema of one form version, for target systems: /api/v1/schemas/forms/{slug}/{version}.
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import { buildAnswersJsonSchema } from "@/lib/forms/build-answers-json-schema";
import { ZFormDefinition } from "@/lib/forms/definition";
import type { TJsonSchema } from "@/lib/forms/field-type";

/** The path a version's schema is published at (also its JSON Schema `$id`, relative to the app's origin). */
export function formAnswersSchemaPath(slug: string, version: number): string {
  return `/api/v1/schemas/forms/${encodeURIComponent(slug)}/${version}`;
}

/** Null when the organisation has no such form or no such published version (the caller answers 404). */
export async function getFormAnswersSchema(
  organizationId: string,
  slug: string,
  version: number,
): Promise<TJsonSchema | null> {
  const row = await getPrisma().formVersion.findFirst({
    where: { version, form: { organizationId, slug } },
    select: { definition: true },
  });
  if (!row) return null;
  return buildAnswersJsonSchema(ZFormDefinition.parse(row.definition), formAnswersSchemaPath(slug, version));
}
