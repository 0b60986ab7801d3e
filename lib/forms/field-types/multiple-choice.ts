import * as z from "zod";
import type { TFieldTypeDefinition } from "../field-type";
import { ZChoiceList, choiceLabel } from "./choices";
import { invalidMessage, isBlank } from "./shared";

export const ZMultipleChoiceSettings = z
  .object({
    choices: ZChoiceList,
    minSelections: z.number().int().min(0).optional(),
    maxSelections: z.number().int().min(1).optional(),
  })
  .strict();

export const multipleChoiceFieldType: TFieldTypeDefinition<"multipleChoice"> = {
  type: "multipleChoice",
  settingsSchema: ZMultipleChoiceSettings,
  emptyValue: [],
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    const { choices, minSelections, maxSelections } = field.settings;
    const values = choices.map((choice) => choice.value);
    const message = invalidMessage(field, context, "invalidChoice");
    return (
      z
        .array(z.string({ error: message }), { error: message })
        // Keep the definition's order and drop duplicates, so the canonical value does not depend on clicks.
        .transform((selected) =>
          values
            .filter((value) => selected.includes(value))
            .concat(selected.filter((value) => !values.includes(value))),
        )
        .superRefine((selected, zodContext) => {
          if (selected.some((value) => !values.includes(value)))
            zodContext.addIssue({ code: "custom", message });
          if (minSelections !== undefined && selected.length < minSelections) {
            zodContext.addIssue({
              code: "custom",
              message: invalidMessage(field, context, "tooFewSelections", { min: minSelections }),
            });
          }
          if (maxSelections !== undefined && selected.length > maxSelections) {
            zodContext.addIssue({
              code: "custom",
              message: invalidMessage(field, context, "tooManySelections", { max: maxSelections }),
            });
          }
        })
    );
  },
  coerce: (input, name) => input.values(name).filter((value) => value !== ""),
  formatValue: (value, field, language) =>
    value.map((selected) => choiceLabel(field.settings.choices, selected, language)).join(", "),
  toJsonSchema: (field) => ({
    type: "array",
    uniqueItems: true,
    items: { type: "string", enum: field.settings.choices.map((choice) => choice.value) },
    ...(field.settings.minSelections !== undefined ? { minItems: field.settings.minSelections } : {}),
    ...(field.settings.maxSelections !== undefined ? { maxItems: field.settings.maxSelections } : {}),
  }),
  autocomplete: null,
  maxFormattedLength(field, language) {
    const count = Math.min(field.settings.maxSelections ?? Infinity, field.settings.choices.length);
    const labels = field.settings.choices
      .map((choice) => choiceLabel(field.settings.choices, choice.value, language).length)
      .sort((a, b) => b - a)
      .slice(0, count);
    return labels.reduce((sum, length) => sum + length, 0) + Math.max(0, labels.length - 1) * 2;
  },
};
