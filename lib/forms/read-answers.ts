// The answers as a person reads them, in a chosen language: choice labels instead of keys, dates, numbers and
// addresses formatted, Kyllä/Ei instead of true/false, money with its unit, a repeating group as rows. One
// renderer for the submission page and the CSV/XLSX export (the JSON export and webhooks keep canonical values).
import type { TAnswers, TGroupRow } from "./answer-values";
import { evaluateCondition } from "./conditions";
import { isField, type TField, type TFormDefinition } from "./definition";
import type { TDataLookups, TFormatContext } from "./field-type";
import { labelPrefix } from "./render-answers-text";
import { getFieldType } from "./field-type-registry";
import { localize, type TLanguage } from "./localized-text";

export type TReadValue = { kind: "value"; key: string; label: string; text: string | null };
export type TReadRows = {
  kind: "rows";
  key: string;
  label: string;
  rowLabel: string;
  columns: { key: string; label: string }[];
  /** One array per row, a cell per column; null where the row has no answer (or the field was hidden). */
  rows: (string | null)[][];
};
export type TReadAnswer = TReadValue | TReadRows;

function formatValue(
  field: TField,
  value: unknown,
  language: TLanguage,
  lookups: TDataLookups,
): string | null {
  if (value === undefined || value === null || getFieldType(field.type).isEmpty(value)) return null;
  const type = getFieldType(field.type) as unknown as {
    formatValue: (value: unknown, field: TField, language: TLanguage, context: TFormatContext) => string;
  };
  return type.formatValue(value, field, language, { lookups });
}

function readField(
  field: TField,
  answers: Record<string, unknown>,
  resolve: (key: string) => unknown,
  language: TLanguage,
  lookups: TDataLookups,
): TReadAnswer {
  const label = localize(field.label, language);
  if (field.type !== "repeatingGroup")
    return {
      kind: "value",
      key: field.key,
      label,
      text: formatValue(field, answers[field.key], language, lookups),
    };
  const value = answers[field.key];
  const rows = Array.isArray(value) ? (value as TGroupRow[]) : [];
  return {
    kind: "rows",
    key: field.key,
    label,
    rowLabel: localize(field.settings.rowLabel ?? field.label, language),
    columns: field.fields.map((child) => ({ key: child.key, label: localize(child.label, language) })),
    rows: rows.map((row) => {
      const rowResolve = (key: string) => (key in row ? row[key] : resolve(key));
      return field.fields.map((child) =>
        evaluateCondition(child.visibleIf, rowResolve)
          ? formatValue(child, row[child.key], language, lookups)
          : null,
      );
    }),
  };
}

/** Every shown field of the form, in the form's order, read in `language`. */
export function readAnswers(
  definition: TFormDefinition,
  answers: TAnswers,
  language: TLanguage,
  lookups: TDataLookups = {},
): TReadAnswer[] {
  const resolve = (key: string) => answers[key];
  return definition.pages
    .filter((page) => evaluateCondition(page.visibleIf, resolve))
    .flatMap((page) =>
      page.elements
        .filter(isField)
        .filter((field) => evaluateCondition(field.visibleIf, resolve))
        .map((field) => readField(field, answers, resolve, language, lookups)),
    );
}

/**
 * One answer as a single spreadsheet cell: the text, or a group's rows one per line
 * ("Lapsi 1: Nimi: Aino; Syntymäaika: 1.2.2020"). Unanswered is "".
 */
export function readAnswerCell(answer: TReadAnswer): string {
  if (answer.kind === "value") return answer.text ?? "";
  return answer.rows
    .map(
      (cells, index) =>
        `${answer.rowLabel} ${index + 1}: ${answer.columns
          .map((column, columnIndex) => `${labelPrefix(column.label)} ${cells[columnIndex] ?? "-"}`)
          .join("; ")}`,
    )
    .join("\n");
}
