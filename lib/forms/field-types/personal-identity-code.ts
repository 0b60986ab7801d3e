import * as z from "zod";
import type { TFieldTypeDefinition } from "../field-type";
import { normaliseHenkilotunnus, parseHenkilotunnus } from "../vendor/henkilotunnus";
import { invalidMessage, isBlank, readText } from "./shared";

export const ZPersonalIdentityCodeSettings = z.object({}).strict();

/** Henkilötunnus. Upper-cased; never logged. */
export const personalIdentityCodeFieldType: TFieldTypeDefinition<"personalIdentityCode"> = {
  type: "personalIdentityCode",
  settingsSchema: ZPersonalIdentityCodeSettings,
  emptyValue: "",
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    const message = invalidMessage(field, context, "invalidPersonalIdentityCode");
    return z
      .string({ error: message })
      .transform(normaliseHenkilotunnus)
      .refine((value) => parseHenkilotunnus(value) !== undefined, { error: message });
  },
  coerce: (input, name) => readText(input, name),
  formatValue: (value) => value,
  toJsonSchema: () => ({ type: "string", pattern: "^\\d{6}[-+A-FU-Y]\\d{3}[0-9A-FHJ-NPR-Y]$" }),
  maxFormattedLength: () => 11,
};
