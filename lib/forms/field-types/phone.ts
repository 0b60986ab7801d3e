import * as z from "zod";
import type { TFieldTypeDefinition } from "../field-type";
import { parsePhoneNumber } from "../vendor/phone-number";
import { invalidMessage, isBlank, readText } from "./shared";

export const ZPhoneSettings = z
  .object({
    /** When false only Finnish numbers are accepted. */
    allowInternational: z.boolean().default(true),
  })
  .strict();

export const phoneFieldType: TFieldTypeDefinition<"phone"> = {
  type: "phone",
  settingsSchema: ZPhoneSettings,
  emptyValue: "",
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    return z
      .string({ error: invalidMessage(field, context, "invalidPhone") })
      .transform((value, zodContext) => {
        const parsed = parsePhoneNumber(value);
        if (!parsed) {
          zodContext.addIssue({ code: "custom", message: invalidMessage(field, context, "invalidPhone") });
          return z.NEVER;
        }
        if (!field.settings.allowInternational && parsed.country !== "FI" && parsed.country !== "AX") {
          zodContext.addIssue({ code: "custom", message: invalidMessage(field, context, "phoneNotFinnish") });
          return z.NEVER;
        }
        return parsed.e164;
      });
  },
  coerce: (input, name) => readText(input, name),
  formatValue: (value) => parsePhoneNumber(value)?.international ?? value,
  toJsonSchema: () => ({ type: "string", pattern: "^\\+[1-9]\\d{6,14}$", description: "E.164" }),
  // "+" and up to 15 digits, with at most four separating spaces in the international format.
  autocomplete: () => "tel",
  maxFormattedLength: () => 20,
};
