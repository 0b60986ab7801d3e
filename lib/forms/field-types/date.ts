import * as z from "zod";
import { boundAutocomplete } from "../autocomplete";
import type { TFieldTypeDefinition } from "../field-type";
import type { TLanguage } from "../localized-text";
import { invalidMessage, isBlank, readText } from "./shared";

const ZIsoDate = z.iso.date();

export const ZDateSettings = z
  .object({
    min: ZIsoDate.optional(),
    max: ZIsoDate.optional(),
    isNotInFuture: z.boolean().default(false),
    isNotInPast: z.boolean().default(false),
  })
  .strict();

/** Accepts YYYY-MM-DD (the HTML date input) and the Finnish d.m.yyyy. */
export function parseDateInput(raw: string): string {
  const trimmed = raw.trim();
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(trimmed);
  if (finnish) {
    const [, day, month, year] = finnish as unknown as string[];
    return `${year}-${month!.padStart(2, "0")}-${day!.padStart(2, "0")}`;
  }
  return trimmed;
}

export function isRealDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function formatDate(value: string, language: TLanguage): string {
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  if (language === "en") return `${day} ${MONTHS_EN[month - 1] ?? month} ${year}`;
  return `${day}.${month}.${year}`;
}

export const dateFieldType: TFieldTypeDefinition<"date"> = {
  type: "date",
  settingsSchema: ZDateSettings,
  emptyValue: "",
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    const { min, max, isNotInFuture, isNotInPast } = field.settings;
    return z
      .string({ error: invalidMessage(field, context, "invalidDate") })
      .transform(parseDateInput)
      .superRefine((value, zodContext) => {
        const fail = (message: string) => zodContext.addIssue({ code: "custom", message });
        if (!isRealDate(value)) {
          // 31.2.2026: the format is right but the day is not in the calendar; say so with the date typed.
          const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
          return fail(
            parts && Number(parts[2]) >= 1 && Number(parts[3]) >= 1
              ? invalidMessage(field, context, "dateDoesNotExist", {
                  date: `${Number(parts[3])}.${Number(parts[2])}.${parts[1]}`,
                })
              : invalidMessage(field, context, "invalidDate"),
          );
        }
        // ISO dates compare correctly as strings.
        if (min !== undefined && value < min) {
          fail(invalidMessage(field, context, "dateTooEarly", { min: formatDate(min, context.language) }));
        }
        if (max !== undefined && value > max) {
          fail(invalidMessage(field, context, "dateTooLate", { max: formatDate(max, context.language) }));
        }
        if (isNotInFuture && value > context.today) fail(invalidMessage(field, context, "dateInFuture"));
        if (isNotInPast && value < context.today) fail(invalidMessage(field, context, "dateInPast"));
      });
  },
  coerce: (input, name) => readText(input, name),
  formatValue: (value, _field, language) => formatDate(value, language),
  toJsonSchema: (field) => ({
    type: "string",
    format: "date",
    ...(field.settings.min ? { formatMinimum: field.settings.min } : {}),
    ...(field.settings.max ? { formatMaximum: field.settings.max } : {}),
  }),
  autocomplete: (field) => boundAutocomplete(field, "off"),
  maxFormattedLength: () => 11,
};
