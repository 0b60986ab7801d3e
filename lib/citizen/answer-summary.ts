// Answers grouped by page for "check your answers": label and formatted value of every shown field.
import type { TAnswers, TGroupRow } from "@/lib/forms/answer-values";
import { evaluateCondition } from "@/lib/forms/conditions";
import { isField, type TField, type TFormDefinition } from "@/lib/forms/definition";
import type { TDataLookups, TFormatContext } from "@/lib/forms/field-type";
import { getFieldType } from "@/lib/forms/field-type-registry";
import { localize, type TLanguage } from "@/lib/forms/localized-text";
import { labelPrefix } from "@/lib/forms/render-answers-text";

export type TSummaryRow = { key: string; label: string; value: string | null };
export type TSummarySection = { pageId: string; title: string; rows: TSummaryRow[] };

function formatField(
  field: TField,
  value: unknown,
  resolve: (key: string) => unknown,
  language: TLanguage,
  lookups: TDataLookups,
): string | null {
  if (value === undefined || value === null || getFieldType(field.type).isEmpty(value)) return null;
  const context: TFormatContext = { lookups };
  if (field.type === "repeatingGroup") {
    const rowLabel = localize(field.settings.rowLabel ?? field.label, language);
    context.formatRow = (row: TGroupRow, index: number) => {
      const rowResolve = (key: string) => (key in row ? row[key] : resolve(key));
      const lines = field.fields
        .filter((child) => evaluateCondition(child.visibleIf, rowResolve))
        .map(
          (child) =>
            `${labelPrefix(localize(child.label, language))} ${formatField(child, row[child.key], rowResolve, language, lookups) ?? "-"}`,
        );
      return [`${rowLabel} ${index + 1}`, ...lines].join("\n");
    };
  }
  const type = getFieldType(field.type) as unknown as {
    formatValue: (value: unknown, field: TField, language: TLanguage, context: TFormatContext) => string;
  };
  return type.formatValue(value, field, language, context);
}

export function summariseAnswers(
  definition: TFormDefinition,
  answers: TAnswers,
  language: TLanguage,
  lookups: TDataLookups = {},
): TSummarySection[] {
  const resolve = (key: string) => answers[key];
  return definition.pages
    .filter((page) => evaluateCondition(page.visibleIf, resolve))
    .map((page) => ({
      pageId: page.id,
      title: localize(page.title, language),
      rows: page.elements
        .filter(isField)
        .filter((field) => evaluateCondition(field.visibleIf, resolve))
        .map((field) => ({
          key: field.key,
          label: localize(field.label, language),
          value: formatField(field, answers[field.key], resolve, language, lookups),
        })),
    }))
    .filter((section) => section.rows.length > 0);
}
