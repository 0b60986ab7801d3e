/**
 * Writes lib/forms/form-definition.schema.json from ZFormDefinition.
 * Run: npx tsx scripts/forms/write-json-schema.ts
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildFormDefinitionJsonSchema } from "@/lib/forms/json-schema";

export function renderFormDefinitionJsonSchema(): string {
  return `${JSON.stringify(buildFormDefinitionJsonSchema(), null, 2)}\n`;
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const target = fileURLToPath(new URL("../../lib/forms/form-definition.schema.json", import.meta.url));
  writeFileSync(target, renderFormDefinitionJsonSchema());
  console.log(`wrote ${target}`);
}
