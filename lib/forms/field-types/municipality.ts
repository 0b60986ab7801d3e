import * as z from "zod";
import type { TFieldTypeDefinition } from "../field-type";
import { findMunicipality, listMunicipalities, municipalityName } from "../data/municipalities";
import { invalidMessage, isBlank, readText } from "./shared";

export const ZMunicipalitySettings = z
  .object({
    /** Restrict the choice to these municipality codes (e.g. the organisation's own area). */
    allowedCodes: z.array(z.string().regex(/^\d{3}$/)).optional(),
  })
  .strict();

/** Value: the official three-digit municipality code ("091"); shown by its Finnish or Swedish name. */
export const municipalityFieldType: TFieldTypeDefinition<"municipality"> = {
  type: "municipality",
  settingsSchema: ZMunicipalitySettings,
  emptyValue: "",
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    const message = invalidMessage(field, context, "invalidMunicipality");
    const allowed = field.settings.allowedCodes;
    return z
      .string({ error: message })
      .transform((value) => value.trim())
      .refine((code) => findMunicipality(code) !== undefined && (!allowed || allowed.includes(code)), {
        error: message,
      });
  },
  coerce: (input, name) => readText(input, name),
  formatValue(value, _field, language) {
    const municipality = findMunicipality(value);
    return municipality ? municipalityName(municipality, language) : value;
  },
  toJsonSchema: (field) => ({
    type: "string",
    enum: field.settings.allowedCodes ?? listMunicipalities().map((municipality) => municipality.code),
  }),
  autocomplete: () => "off",
  maxFormattedLength: (_field, language) =>
    Math.max(...listMunicipalities().map((municipality) => municipalityName(municipality, language).length)),
};
