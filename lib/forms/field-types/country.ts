import * as z from "zod";
import type { TFieldTypeDefinition } from "../field-type";
import { getCountryName, isCountryCode, listCountryCodes, maxCountryNameLength } from "../vendor/countries";
import { invalidMessage, isBlank, readText } from "./shared";

export const ZCountrySettings = z.object({}).strict();

/** Value: ISO 3166-1 alpha-2 code ("FI"); shown by its name in the submission language. */
export const countryFieldType: TFieldTypeDefinition<"country"> = {
  type: "country",
  settingsSchema: ZCountrySettings,
  emptyValue: "",
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    const message = invalidMessage(field, context, "invalidCountry");
    return z
      .string({ error: message })
      .transform((value) => value.trim().toUpperCase())
      .refine(isCountryCode, { error: message });
  },
  coerce: (input, name) => readText(input, name),
  formatValue: (value, _field, language) => getCountryName(value, language),
  toJsonSchema: () => ({ type: "string", enum: listCountryCodes() }),
  autocomplete: () => "country",
  maxFormattedLength: (_field, language) => maxCountryNameLength(language),
};
