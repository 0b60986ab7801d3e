import * as z from "zod";
import type { TFieldTypeDefinition } from "../field-type";
import { cleanText } from "../clean-text";
import { invalidMessage, isBlank, readText } from "./shared";

export const ZLongTextSettings = z
  .object({
    minLength: z.number().int().min(0).max(4000).optional(),
    maxLength: z.number().int().min(1).max(4000).default(1500),
    rows: z.number().int().min(2).max(30).default(6),
  })
  .strict();

export const longTextFieldType: TFieldTypeDefinition<"longText"> = {
  type: "longText",
  settingsSchema: ZLongTextSettings,
  emptyValue: "",
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    const { minLength, maxLength } = field.settings;
    return z
      .string({ error: invalidMessage(field, context, "invalid") })
      .transform((value) => cleanText(value, true))
      .superRefine((value, zodContext) => {
        if (minLength !== undefined && value.length < minLength) {
          zodContext.addIssue({
            code: "custom",
            message: invalidMessage(field, context, "tooShort", { min: minLength }),
          });
        }
        if (value.length > maxLength) {
          zodContext.addIssue({
            code: "custom",
            message: invalidMessage(field, context, "tooLong", { max: maxLength }),
          });
        }
      });
  },
  coerce: (input, name) => readText(input, name),
  formatValue: (value) => value,
  toJsonSchema: (field) => ({ type: "string", maxLength: field.settings.maxLength }),
  autocomplete: () => "off",
  maxFormattedLength: (field) => field.settings.maxLength,
};
