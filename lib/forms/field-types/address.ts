import * as z from "zod";
import type { TAddressValue } from "../answer-values";
import type { TFieldTypeDefinition } from "../field-type";
import { getCountryName, isCountryCode } from "../vendor/countries";
import { finnishPostalCodeSchema, postOfficeName } from "./postal-code";
import { cleanText, hasForbiddenSingleLineCharacter } from "../clean-text";
import { invalidMessage, isBlank, readText } from "./shared";
import { fieldMessage } from "../field-messages";
import { localize } from "../localized-text";

export const ZAddressSettings = z
  .object({
    /** When true the person can choose another country than Finland. */
    allowForeign: z.boolean().default(false),
  })
  .strict();

const MAX_STREET = 100;
const MAX_POST_OFFICE = 50;
const MAX_FOREIGN_POSTAL_CODE = 20;
const PARTS = ["street", "postalCode", "postOffice", "country"] as const;

export const addressFieldType: TFieldTypeDefinition<"address"> = {
  type: "address",
  settingsSchema: ZAddressSettings,
  emptyValue: { street: "", postalCode: "", postOffice: "", country: "FI" },
  isEmpty(value) {
    if (value === undefined || value === null) return true;
    if (typeof value !== "object" || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    return isBlank(record.street) && isBlank(record.postalCode) && isBlank(record.postOffice);
  },
  buildValueSchema(field, context) {
    const invalid = invalidMessage(field, context, "invalid");
    // The sub-field that is missing is named ("Anna postinumero"), unless the editor wrote a message of its own.
    const partRequired = {
      street: "streetRequired",
      postalCode: "postalCodeRequired",
      postOffice: "postOfficeRequired",
    } as const;
    const requiredMessage = (part: keyof typeof partRequired) =>
      field.errorMessages?.required
        ? localize(field.errorMessages.required, context.language)
        : fieldMessage(field, context.language, partRequired[part]);
    const text = z
      .string({ error: invalid })
      .optional()
      .transform((value) => cleanText(value ?? ""));
    return z
      .object({ street: text, postalCode: text, postOffice: text, country: text }, { error: invalid })
      .transform((address, zodContext): TAddressValue => {
        const country = address.country === "" ? "FI" : address.country.toUpperCase();
        const result: TAddressValue = { ...address, country };
        for (const part of ["street", "postalCode", "postOffice", "country"] as const) {
          if (hasForbiddenSingleLineCharacter(address[part]))
            zodContext.addIssue({
              code: "custom",
              path: [part],
              message: invalidMessage(field, context, "controlCharacters"),
            });
        }
        for (const part of ["street", "postalCode", "postOffice"] as const) {
          if (address[part] === "")
            zodContext.addIssue({ code: "custom", path: [part], message: requiredMessage(part) });
        }
        if (address.street.length > MAX_STREET) {
          zodContext.addIssue({
            code: "custom",
            path: ["street"],
            message: invalidMessage(field, context, "tooLong", { max: MAX_STREET }),
          });
        }
        if (address.postOffice.length > MAX_POST_OFFICE) {
          zodContext.addIssue({
            code: "custom",
            path: ["postOffice"],
            message: invalidMessage(field, context, "tooLong", { max: MAX_POST_OFFICE }),
          });
        }
        if (!isCountryCode(country) || (!field.settings.allowForeign && country !== "FI")) {
          zodContext.addIssue({
            code: "custom",
            path: ["country"],
            message: invalidMessage(field, context, "invalidCountry"),
          });
        }
        if (country === "FI" && address.postalCode !== "") {
          const parsed = finnishPostalCodeSchema(field, context).safeParse(address.postalCode);
          if (!parsed.success) {
            for (const issue of parsed.error.issues)
              zodContext.addIssue({ code: "custom", path: ["postalCode"], message: issue.message });
          } else {
            result.postalCode = parsed.data;
            result.postOffice = address.postOffice.toUpperCase();
          }
        } else if (address.postalCode.length > MAX_FOREIGN_POSTAL_CODE) {
          zodContext.addIssue({
            code: "custom",
            path: ["postalCode"],
            message: invalidMessage(field, context, "tooLong", { max: MAX_FOREIGN_POSTAL_CODE }),
          });
        }
        return result;
      });
  },
  coerce(input, name) {
    const parts = Object.fromEntries(PARTS.map((part) => [part, readText(input, `${name}.${part}`) ?? ""]));
    return parts;
  },
  formatValue(value, _field, language, context) {
    const officialName =
      value.country === "FI"
        ? postOfficeName(value.postalCode, language, context?.lookups?.postalCode)
        : undefined;
    const line = `${value.street}, ${value.postalCode} ${officialName ?? value.postOffice}`;
    return value.country === "FI" ? line : `${line}, ${getCountryName(value.country, language)}`;
  },
  toJsonSchema: (field) => ({
    type: "object",
    additionalProperties: false,
    required: [...PARTS],
    properties: {
      street: { type: "string", minLength: 1, maxLength: MAX_STREET },
      postalCode: field.settings.allowForeign
        ? { type: "string", minLength: 1, maxLength: MAX_FOREIGN_POSTAL_CODE }
        : { type: "string", pattern: "^\\d{5}$" },
      postOffice: { type: "string", minLength: 1, maxLength: MAX_POST_OFFICE },
      country: field.settings.allowForeign ? { type: "string", pattern: "^[A-Z]{2}$" } : { const: "FI" },
    },
  }),
  // The parts carry their own tokens (street-address, postal-code, address-level2, country).
  autocomplete: null,
  maxFormattedLength: (field) =>
    MAX_STREET +
    2 +
    MAX_FOREIGN_POSTAL_CODE +
    1 +
    MAX_POST_OFFICE +
    (field.settings.allowForeign ? 2 + 60 : 0),
};
