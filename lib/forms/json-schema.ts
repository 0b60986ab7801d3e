import * as z from "zod";
import { ZFormDefinition } from "./definition";

/** JSON Schema (draft 2020-12) of a form definition as written in JSON, i.e. before defaults are filled in. */
export function buildFormDefinitionJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ZFormDefinition, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
  });
  return {
    ...schema,
    $id: "https://lomake.invalid/schemas/form-definition-v1.json",
    title: "Lomake form definition, schemaVersion 1",
  };
}
