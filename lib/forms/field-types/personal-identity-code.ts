import * as z from "zod";
import type { TFieldTypeDefinition } from "../field-type";
import { explainHenkilotunnusProblem, normaliseHenkilotunnus } from "../vendor/henkilotunnus";
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
    const specific = {
      checksum: invalidMessage(field, context, "personalIdentityCodeChecksum"),
      dateOfBirth: invalidMessage(field, context, "personalIdentityCodeDate"),
    } as const;
    return z
      .string({ error: message })
      .transform(normaliseHenkilotunnus)
      .superRefine((value, zodContext) => {
        const problem = explainHenkilotunnusProblem(value);
        if (problem === undefined) return;
        const text = problem === "checksum" || problem === "dateOfBirth" ? specific[problem] : message;
        zodContext.addIssue({ code: "custom", message: text });
      });
  },
  coerce: (input, name) => readText(input, name),
  formatValue: (value) => value,
  toJsonSchema: () => ({ type: "string", pattern: "^\\d{6}[-+A-FU-Y]\\d{3}[0-9A-FHJ-NPR-Y]$" }),
  // No token exists for a henkilötunnus, and a browser should not remember one.
  autocomplete: () => "off",
  maxFormattedLength: () => 11,
};
