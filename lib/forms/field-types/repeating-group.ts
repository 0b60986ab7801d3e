import * as z from "zod";
import type { TGroupRow } from "../answer-values";
import type { TFieldTypeDefinition } from "../field-type";
import { ZLocalizedText } from "../localized-text";
import { invalidMessage, isBlank } from "./shared";

export const ZRepeatingGroupSettings = z
  .object({
    minRows: z.number().int().min(0).max(50).default(0),
    maxRows: z.number().int().min(1).max(50).default(5),
    /** Shown before each row's number, e.g. "Kulu" → "Kulu 1". Defaults to the group's label. */
    rowLabel: ZLocalizedText.optional(),
  })
  .strict();

const ROW_INDEX = /^(.*)\[(\d+)\]\./;

/** Value: one object per row, keyed by the child fields' keys. Rows are validated through context.validateRow. */
export const repeatingGroupFieldType: TFieldTypeDefinition<"repeatingGroup"> = {
  type: "repeatingGroup",
  settingsSchema: ZRepeatingGroupSettings,
  emptyValue: [],
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    const { minRows, maxRows } = field.settings;
    const invalid = invalidMessage(field, context, "invalid");
    return z
      .array(z.record(z.string(), z.unknown(), { error: invalid }), { error: invalid })
      .transform((rows, zodContext): TGroupRow[] => {
        if (rows.length < minRows) {
          zodContext.addIssue({
            code: "custom",
            message: invalidMessage(field, context, "tooFewRows", { min: minRows }),
          });
        }
        if (rows.length > maxRows) {
          zodContext.addIssue({
            code: "custom",
            message: invalidMessage(field, context, "tooManyRows", { max: maxRows }),
          });
        }
        if (!context.validateRow) return rows as TGroupRow[];
        return rows.map((row, rowIndex) => {
          const result = context.validateRow!(row, rowIndex);
          for (const issue of result.issues) {
            zodContext.addIssue({ code: "custom", path: [rowIndex, ...issue.path], message: issue.message });
          }
          return result.value;
        });
      });
  },
  coerce(input, name, field, context) {
    const indices = new Set<number>();
    for (const posted of input.names()) {
      const match = ROW_INDEX.exec(posted);
      if (match && match[1] === name) indices.add(Number(match[2]));
    }
    return [...indices]
      .sort((a, b) => a - b)
      .map((index) =>
        Object.fromEntries(
          field.fields.map((child) => [
            child.key,
            context.coerceChild(child, `${name}[${index}].${child.key}`),
          ]),
        ),
      );
  },
  formatValue(value, _field, _language, context) {
    return value
      .map((row, index) => (context?.formatRow ? context.formatRow(row, index) : JSON.stringify(row)))
      .join("\n");
  },
  toJsonSchema: (field) => ({
    type: "array",
    minItems: field.settings.minRows,
    maxItems: field.settings.maxRows,
    items: { type: "object", properties: Object.fromEntries(field.fields.map((child) => [child.key, {}])) },
  }),
  autocomplete: null,
  maxFormattedLength(field, language, context) {
    const measure = context?.measureRowField;
    if (!measure) return Infinity;
    const rowHeader = 40;
    const perRow = rowHeader + field.fields.reduce((sum, child) => sum + measure(child, language) + 1, 0);
    return field.settings.maxRows * perRow;
  },
};
