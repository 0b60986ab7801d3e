import * as z from "zod";
import type { TFieldTypeDefinition } from "../field-type";
import { isValidBusinessId, normaliseBusinessId } from "../vendor/business-id";
import { invalidMessage, isBlank, readText } from "./shared";

export const ZBusinessIdSettings = z.object({}).strict();

/** Y-tunnus, normalised to "1234567-8". */
export const businessIdFieldType: TFieldTypeDefinition<"businessId"> = {
  type: "businessId",
  settingsSchema: ZBusinessIdSettings,
  emptyValue: "",
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    const message = invalidMessage(field, context, "invalidBusinessId");
    return z
      .string({ error: message })
      .transform(normaliseBusinessId)
      .refine(isValidBusinessId, { error: message });
  },
  coerce: (input, name) => readText(input, name),
  formatValue: (value) => value,
  toJsonSchema: () => ({ type: "string", pattern: "^\\d{7}-\\d$" }),
  autocomplete: () => "off",
  maxFormattedLength: () => 9,
};
