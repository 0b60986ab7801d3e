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

/** JSON Schema of a form's canonical answers (toCanonicalAnswers), for target systems. */
export function buildAnswersJsonSchema(definition: TFormDefinition): TJsonSchema {
  const fields = definition.pages.flatMap((page) => page.elements.filter(isField));
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    type: "object",
    required: ["schemaVersion", "answers"],
    additionalProperties: false,
    properties: {
      schemaVersion: { const: 1 },
      answers: {
        type: "object",
        additionalProperties: false,
        properties: Object.fromEntries(fields.map((field) => [field.key, fieldSchema(field)])),
      },
    },
  };
}
