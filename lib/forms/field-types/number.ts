import * as z from "zod";
import type { TFieldTypeDefinition } from "../field-type";
import type { TLanguage } from "../localized-text";
import { invalidMessage, isBlank, readText } from "./shared";

export const ZNumberSettings = z
  .object({
    isInteger: z.boolean().default(false),
    /** Most decimal places accepted (and shown) for decimal numbers. */
    decimals: z.number().int().min(0).max(6).default(2),
    min: z.number().optional(),
    max: z.number().optional(),
    /** Shown after the value, e.g. "€", "m²", "kpl". */
    unit: z.string().max(20).optional(),
  })
  .strict();

/** Accepts "1 234,50", "1234.5", "−3" as people type them; returns the string untouched if not a number. */
export function parseNumberInput(raw: string): number | string {
  const cleaned = raw
    .replace(/[\s\u00A0\u202F]/g, "")
    .replace(/\u2212/g, "-")
    .replace(",", ".");
  if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(cleaned)) return raw;
  return Number(cleaned);
}

function countDecimals(value: number): number {
  const text = String(value);
  if (text.includes("e-")) return Number(text.split("e-")[1]);
  return text.split(".")[1]?.length ?? 0;
}

export function formatNumber(value: number, language: TLanguage, decimals?: number): string {
  const isNegative = value < 0;
  const fixed =
    decimals !== undefined && !Number.isInteger(value)
      ? Math.abs(value).toFixed(decimals)
      : String(Math.abs(value));
  const [whole = "0", fraction] = fixed.split(".");
  const groupSeparator = language === "en" ? "," : " ";
  const decimalSeparator = language === "en" ? "." : ",";
  const grouped =
    whole.length > 4 || language === "en" ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, groupSeparator) : whole;
  return `${isNegative ? "-" : ""}${grouped}${fraction !== undefined ? decimalSeparator + fraction : ""}`;
}

export const numberFieldType: TFieldTypeDefinition<"number"> = {
  type: "number",
  settingsSchema: ZNumberSettings,
  emptyValue: null,
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    const { isInteger, decimals, min, max } = field.settings;
    return z
      .union([z.number(), z.string()], { error: invalidMessage(field, context, "notANumber") })
      .transform((value, zodContext) => {
        const parsed = typeof value === "string" ? parseNumberInput(value) : value;
        if (typeof parsed !== "number" || !Number.isFinite(parsed)) {
          zodContext.addIssue({ code: "custom", message: invalidMessage(field, context, "notANumber") });
          return z.NEVER;
        }
        if (isInteger && !Number.isInteger(parsed)) {
          zodContext.addIssue({ code: "custom", message: invalidMessage(field, context, "notAnInteger") });
        } else if (!isInteger && countDecimals(parsed) > decimals) {
          zodContext.addIssue({
            code: "custom",
            message: invalidMessage(field, context, "tooManyDecimals", { decimals }),
          });
        }
        if (min !== undefined && parsed < min) {
          zodContext.addIssue({
            code: "custom",
            message: invalidMessage(field, context, "numberTooSmall", {
              min: formatNumber(min, context.language),
            }),
          });
        }
        if (max !== undefined && parsed > max) {
          zodContext.addIssue({
            code: "custom",
            message: invalidMessage(field, context, "numberTooLarge", {
              max: formatNumber(max, context.language),
            }),
          });
        }
        return parsed === 0 ? 0 : parsed; // no -0 in canonical JSON
      });
  },
  coerce: (input, name) => readText(input, name),
  formatValue(value, field, language) {
    const text = formatNumber(
      value,
      language,
      field.settings.isInteger ? undefined : field.settings.decimals,
    );
    return field.settings.unit ? `${text} ${field.settings.unit}` : text;
  },
  toJsonSchema: (field) => ({
    type: field.settings.isInteger ? "integer" : "number",
    ...(field.settings.min !== undefined ? { minimum: field.settings.min } : {}),
    ...(field.settings.max !== undefined ? { maximum: field.settings.max } : {}),
  }),
  autocomplete: () => "off",
  maxFormattedLength(field, language) {
    const { min, max, unit, isInteger, decimals } = field.settings;
    // Without bounds a number is still finite in practice: 15 significant digits.
    const widest = Math.max(Math.abs(min ?? -1e15), Math.abs(max ?? 1e15));
    const wholeDigits = String(Math.floor(widest)).length;
    const groups = Math.floor((wholeDigits - 1) / 3);
    const fraction = isInteger ? 0 : decimals + 1;
    void language;
    return 1 + wholeDigits + groups + fraction + (unit ? unit.length + 1 : 0);
  },
};
