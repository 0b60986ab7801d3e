import * as z from "zod";
import type { TFieldTypeDefinition } from "../field-type";
import { invalidMessage, isBlank, readText } from "./shared";

export const ZTimeSettings = z.object({}).strict();

/** Accepts "14:30", "14.30" and "9.05"; normalises to "HH:MM". */
export function parseTimeInput(raw: string): string {
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(raw.trim());
  return match ? `${match[1]!.padStart(2, "0")}:${match[2]}` : raw.trim();
}

export const timeFieldType: TFieldTypeDefinition<"time"> = {
  type: "time",
  settingsSchema: ZTimeSettings,
  emptyValue: "",
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    const message = invalidMessage(field, context, "invalidTime");
    return z
      .string({ error: message })
      .transform(parseTimeInput)
      .pipe(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: message }));
  },
  coerce: (input, name) => readText(input, name),
  formatValue: (value, _field, language) => (language === "en" ? value : value.replace(":", ".")),
  toJsonSchema: () => ({ type: "string", pattern: "^([01]\\d|2[0-3]):[0-5]\\d$" }),
  autocomplete: () => "off",
  maxFormattedLength: () => 5,
};
