// Browser-safe: reads an imported definition file and lists every problem with its path.
import { ZFormDefinition, type TFormDefinition } from "@/lib/forms/definition";
import { isNestedDeeperThan, MAX_DEFINITION_DEPTH } from "@/lib/forms/nesting-depth";

export interface TImportProblem {
  /** "pages/0/elements/2/label/fi", or "" for the whole file. */
  path: string;
  message: string;
}

export type TParseDefinitionResult =
  { ok: true; definition: TFormDefinition } | { ok: false; problems: TImportProblem[] };

export function parseDefinitionJson(text: string): TParseDefinitionResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: `Not valid JSON: ${(error as Error).message}` }] };
  }
  if (isNestedDeeperThan(raw, MAX_DEFINITION_DEPTH))
    return {
      ok: false,
      problems: [{ path: "", message: `Nested more than ${MAX_DEFINITION_DEPTH} levels deep.` }],
    };
  const parsed = ZFormDefinition.safeParse(raw);
  if (!parsed.success)
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: issue.path.join("/"), message: issue.message })),
    };
  // The $schema pointer of the exporter's checkout means nothing elsewhere.
  const { $schema: _schema, ...definition } = parsed.data;
  return { ok: true, definition };
}
