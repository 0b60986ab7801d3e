import * as z from "zod";
import type { TFieldTypeDefinition } from "../field-type";
import { ZChoiceList, choiceLabel, longestChoiceLabel } from "./choices";
import { invalidMessage, isBlank, readText } from "./shared";

export const ZSingleChoiceSettings = z
  .object({
    choices: ZChoiceList,
    display: z.enum(["radio", "dropdown"]).default("radio"),
  })
  .strict();

export const singleChoiceFieldType: TFieldTypeDefinition<"singleChoice"> = {
  type: "singleChoice",
  settingsSchema: ZSingleChoiceSettings,
  emptyValue: "",
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    const values = field.settings.choices.map((choice) => choice.value);
    const message = invalidMessage(field, context, "invalidChoice");
    return z.string({ error: message }).refine((value) => values.includes(value), { error: message });
  },
  coerce: (input, name) => readText(input, name),
  formatValue: (value, field, language) => choiceLabel(field.settings.choices, value, language),
  toJsonSchema: (field) => ({ type: "string", enum: field.settings.choices.map((choice) => choice.value) }),
  autocomplete: null,
  maxFormattedLength: (field, language) => longestChoiceLabel(field.settings.choices, language),
};
