import * as z from "zod";
import type { TFieldTypeDefinition } from "../field-type";
import { yesNoWord } from "./yes-no";
import { invalidMessage } from "./shared";

export const ZConsentSettings = z.object({}).strict();

/** A checkbox that must be ticked whenever it is shown; unticked counts as empty. */
export const consentFieldType: TFieldTypeDefinition<"consent"> = {
  type: "consent",
  settingsSchema: ZConsentSettings,
  emptyValue: false,
  isEmpty: (value) => value === undefined || value === null || value === false || value === "",
  buildValueSchema: (field, context) =>
    z.literal(true, { error: invalidMessage(field, context, "consentRequired") }) as z.ZodType<boolean>,
  coerce(input, name) {
    const raw = input.value(name);
    if (raw === undefined || raw === "") return false;
    return ["on", "true", "yes", "1"].includes(raw.trim().toLowerCase()) ? true : raw;
  },
  formatValue: (value, _field, language) => yesNoWord(value, language),
  toJsonSchema: () => ({ type: "boolean", const: true }),
  autocomplete: null,
  maxFormattedLength: () => 5,
};
