import * as z from "zod";
import { boundAutocomplete } from "../autocomplete";
import type { TFieldTypeDefinition, TFieldContext, TPostalCodeLookup } from "../field-type";
import type { TFieldBase } from "../definition";
import type { TLanguage } from "../localized-text";
import { compact, invalidMessage, isBlank, readText } from "./shared";

export const ZPostalCodeSettings = z.object({}).strict();

export function finnishPostalCodeSchema(field: TFieldBase, context: TFieldContext) {
  return z
    .string({ error: invalidMessage(field, context, "invalidPostalCode") })
    .transform(compact)
    .superRefine((value, zodContext) => {
      if (!/^\d{5}$/.test(value)) {
        zodContext.addIssue({ code: "custom", message: invalidMessage(field, context, "invalidPostalCode") });
      } else if (context.lookups.postalCode && !context.lookups.postalCode(value)) {
        zodContext.addIssue({ code: "custom", message: invalidMessage(field, context, "unknownPostalCode") });
      }
    });
}

export function postOfficeName(
  postalCode: string,
  language: TLanguage,
  lookup: TPostalCodeLookup | undefined,
): string | undefined {
  const info = lookup?.(postalCode);
  if (!info) return undefined;
  return language === "sv" ? info.nameSv : info.nameFi;
}

/** Finnish postal code, five digits. With a postal-code lookup injected, it must also exist. */
export const postalCodeFieldType: TFieldTypeDefinition<"postalCode"> = {
  type: "postalCode",
  settingsSchema: ZPostalCodeSettings,
  emptyValue: "",
  isEmpty: isBlank,
  buildValueSchema: (field, context) => finnishPostalCodeSchema(field, context),
  coerce: (input, name) => readText(input, name),
  formatValue(value, _field, language, context) {
    const name = postOfficeName(value, language, context?.lookups?.postalCode);
    return name ? `${value} ${name}` : value;
  },
  toJsonSchema: () => ({ type: "string", pattern: "^\\d{5}$" }),
  // Five digits, a space and the longest post-office name (about 30 characters).
  autocomplete: (field) => boundAutocomplete(field, "postal-code"),
  maxFormattedLength: () => 40,
};
