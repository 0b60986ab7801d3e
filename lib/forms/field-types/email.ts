import * as z from "zod";
import { boundAutocomplete } from "../autocomplete";
import type { TFieldTypeDefinition } from "../field-type";
import { cleanText } from "../clean-text";
import { invalidMessage, isBlank, readText } from "./shared";

export const ZEmailSettings = z.object({}).strict();

const MAX_EMAIL_LENGTH = 254;

export const emailFieldType: TFieldTypeDefinition<"email"> = {
  type: "email",
  settingsSchema: ZEmailSettings,
  emptyValue: "",
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    const message = invalidMessage(field, context, "invalidEmail");
    return z
      .string({ error: message })
      .transform((value) => {
        const cleaned = cleanText(value);
        const at = cleaned.lastIndexOf("@");
        // Domains are case-insensitive; the local part is kept as typed.
        return at < 0 ? cleaned : cleaned.slice(0, at) + cleaned.slice(at).toLowerCase();
      })
      .pipe(z.email({ error: message }).max(MAX_EMAIL_LENGTH, { error: message }));
  },
  coerce: (input, name) => readText(input, name),
  formatValue: (value) => value,
  toJsonSchema: () => ({ type: "string", format: "email", maxLength: MAX_EMAIL_LENGTH }),
  autocomplete: (field) => boundAutocomplete(field, "email"),
  maxFormattedLength: () => MAX_EMAIL_LENGTH,
};
