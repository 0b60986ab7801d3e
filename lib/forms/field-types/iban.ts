import * as z from "zod";
import type { TFieldTypeDefinition } from "../field-type";
import { formatIban, isValidIban, normaliseIban } from "../vendor/iban";
import { invalidMessage, isBlank, readText } from "./shared";

export const ZIbanSettings = z
  .object({
    /** When true only Finnish (FI) account numbers are accepted. */
    isFinnishOnly: z.boolean().default(false),
  })
  .strict();

/** Stored in electronic format ("FI4950009420028730"), shown in groups of four. */
export const ibanFieldType: TFieldTypeDefinition<"iban"> = {
  type: "iban",
  settingsSchema: ZIbanSettings,
  emptyValue: "",
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    const message = invalidMessage(field, context, "invalidIban");
    return z.string({ error: message }).transform((value, zodContext) => {
      const iban = normaliseIban(value);
      if (!isValidIban(iban)) {
        zodContext.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      if (field.settings.isFinnishOnly && !iban.startsWith("FI")) {
        zodContext.addIssue({ code: "custom", message: invalidMessage(field, context, "ibanNotFinnish") });
        return z.NEVER;
      }
      return iban;
    });
  },
  coerce: (input, name) => readText(input, name),
  formatValue: (value) => formatIban(value),
  toJsonSchema: (field) => ({
    type: "string",
    pattern: field.settings.isFinnishOnly ? "^FI\\d{16}$" : "^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$",
  }),
  // 34 characters and 8 spaces at most; Finnish IBANs are 22 with spaces.
  // An account number is not the person's own data a browser should offer on other sites.
  autocomplete: () => "off",
  maxFormattedLength: (field) => (field.settings.isFinnishOnly ? 22 : 42),
};
