import * as z from "zod";
import { boundAutocomplete } from "../autocomplete";
import type { TFieldTypeDefinition } from "../field-type";
import { ZLocalizedText, localize } from "../localized-text";
import { cleanText, hasForbiddenSingleLineCharacter } from "../clean-text";
import { invalidMessage, isBlank, readText } from "./shared";

export const ZShortTextSettings = z
  .object({
    minLength: z.number().int().min(0).max(1000).optional(),
    maxLength: z.number().int().min(1).max(1000).default(200),
    /** A JavaScript regular expression the whole value must match. */
    pattern: z.string().max(500).optional(),
    patternMessage: ZLocalizedText.optional(),
  })
  .strict();

export const shortTextFieldType: TFieldTypeDefinition<"shortText"> = {
  type: "shortText",
  settingsSchema: ZShortTextSettings,
  emptyValue: "",
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    const { minLength, maxLength, pattern, patternMessage } = field.settings;
    return z
      .string({ error: invalidMessage(field, context, "invalid") })
      .transform((value) => cleanText(value))
      .superRefine((value, zodContext) => {
        if (hasForbiddenSingleLineCharacter(value)) {
          zodContext.addIssue({
            code: "custom",
            message: invalidMessage(field, context, "controlCharacters"),
          });
          return;
        }
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
        if (pattern !== undefined && !matchesWhole(pattern, value)) {
          zodContext.addIssue({
            code: "custom",
            message: patternMessage
              ? localize(patternMessage, context.language)
              : invalidMessage(field, context, "patternMismatch"),
          });
        }
      });
  },
  coerce: (input, name) => readText(input, name),
  formatValue: (value) => value,
  toJsonSchema: (field) => ({
    type: "string",
    maxLength: field.settings.maxLength,
    ...(field.settings.minLength !== undefined ? { minLength: field.settings.minLength } : {}),
    ...(field.settings.pattern !== undefined ? { pattern: field.settings.pattern } : {}),
  }),
  // A plain text field's purpose is known only from its binding; the editor can name it.
  autocomplete: (field) => boundAutocomplete(field, "off"),
  maxFormattedLength: (field) => field.settings.maxLength,
};

/** An invalid pattern (caught by diagnose) never matches, so a broken form fails closed. */
export function matchesWhole(pattern: string, value: string): boolean {
  try {
    return new RegExp(`^(?:${pattern})$`, "u").test(value);
  } catch {
    return false;
  }
}

export function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}
