import { isField, type TField, type TFormDefinition } from "./definition";
import type { TJsonSchema } from "./field-type";
import { getFieldType } from "./field-type-registry";

function fieldSchema(field: TField): TJsonSchema {
  const own = (
    getFieldType(field.type) as unknown as { toJsonSchema: (field: TField) => TJsonSchema }
  ).toJsonSchema(field);
  const schema =
    field.type === "repeatingGroup"
      ? {
          ...own,
          items: {
            type: "object",
            additionalProperties: false,
            properties: Object.fromEntries(field.fields.map((child) => [child.key, fieldSchema(child)])),
          },
        }
      : own;
  // Unanswered (or optional) fields are null in the canonical answers.
  return { anyOf: [schema, { type: "null" }] };
}

/**
 * JSON Schema of the `answers` member that target systems receive for one form version (webhook payload and
 * pull API alike): the canonical values by field key (null when unanswered, absent when hidden) and each
 * field's label. Built from each field type's own toJsonSchema.
 */
export function buildAnswersJsonSchema(definition: TFormDefinition, id?: string): TJsonSchema {
  const fields = definition.pages.flatMap((page) => page.elements.filter(isField));
  // Hidden fields are absent (toCanonicalAnswers); the ones always shown are always there, null or answered.
  const alwaysShown = definition.pages
    .filter((page) => page.visibleIf === undefined)
    .flatMap((page) => page.elements.filter(isField))
    .filter((field) => field.visibleIf === undefined)
    .map((field) => field.key);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    ...(id ? { $id: id } : {}),
    type: "object",
    required: ["schemaVersion", "values", "labels"],
    additionalProperties: false,
    properties: {
      schemaVersion: { const: 1 },
      values: {
        type: "object",
        required: alwaysShown,
        additionalProperties: false,
        properties: Object.fromEntries(fields.map((field) => [field.key, fieldSchema(field)])),
      },
      labels: { type: "object", additionalProperties: { type: "string" } },
    },
  };
}
