import type { TAnswers, TGroupRow } from "./answer-values";
import { evaluateCondition } from "./conditions";
import { isField, type TField, type TFormDefinition } from "./definition";
import type { TDataLookups, TFormatContext } from "./field-type";
import { getFieldType } from "./field-type-registry";
import { localize, type TLanguage } from "./localized-text";

/** What one Suomi.fi message body can hold. */
export const MESSAGE_BODY_LIMIT = 4000;
/** Characters set aside for lines the sender adds around the answers (submission time, reference). */
export const MESSAGE_HEADER_RESERVE = 150;
export const UNANSWERED = "-";

/**
 * Unicode NFC, "\n" line ends (browsers post CRLF), no trailing spaces or tabs, no other control characters,
 * no trailing blank lines. Shared with the Suomi.fi sandbox and the retrieval job.
 */
export function normaliseMessageText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, "")
    .split("\n")
    .map((line) => line.replace(/[ \t]+$/u, ""))
    .join("\n")
    .replace(/\n+$/, "");
}

/** Length as Suomi.fi counts it: UTF-16 code units after normalisation (never fewer than code points). */
export function countMessageCharacters(text: string): number {
  return normaliseMessageText(text).length;
}

export interface TRenderAnswersTextOptions {
  language: TLanguage;
  /** Lines placed after the title, e.g. "Lähetetty 22.11.2026 klo 14.30" and a reference. */
  headerLines?: string[];
  lookups?: TDataLookups;
}

/** Whether a value has several lines and goes below its label. */
function isBlockValue(field: TField, text: string): boolean {
  return (
    field.type === "longText" ||
    field.type === "file" ||
    field.type === "repeatingGroup" ||
    text.includes("\n")
  );
}

/** "Label:", but a question that ends in its own mark ("Onko vahinko korvattu?") takes no colon after it. */
export function labelPrefix(label: string): string {
  return /[?!:]$/.test(label.trimEnd()) ? label.trimEnd() : `${label}:`;
}

export function renderFieldLine(field: TField, text: string, language: TLanguage): string {
  const label = labelPrefix(localize(field.label, language));
  return isBlockValue(field, text) && text !== UNANSWERED ? `${label}\n${text}` : `${label} ${text}`;
}

function formatValue(field: TField, value: unknown, language: TLanguage, context: TFormatContext): string {
  const type = getFieldType(field.type) as unknown as {
    formatValue: (value: unknown, field: TField, language: TLanguage, context: TFormatContext) => string;
  };
  return type.formatValue(value, field, language, context);
}

function renderFields(
  fields: TField[],
  answers: Record<string, unknown>,
  resolve: (key: string) => unknown,
  language: TLanguage,
  lookups: TDataLookups | undefined,
): string[] {
  const lines: string[] = [];
  for (const field of fields) {
    if (!evaluateCondition(field.visibleIf, resolve)) continue;
    const value = answers[field.key];
    if (value === undefined || value === null || getFieldType(field.type).isEmpty(value)) {
      lines.push(renderFieldLine(field, UNANSWERED, language));
      continue;
    }
    const context: TFormatContext = { lookups };
    if (field.type === "repeatingGroup") {
      const rowLabel = localize(field.settings.rowLabel ?? field.label, language);
      context.formatRow = (row: TGroupRow, rowIndex: number) => {
        const rowResolve = (key: string) => (key in row ? row[key] : resolve(key));
        return [
          `${rowLabel} ${rowIndex + 1}`,
          ...renderFields(field.fields, row, rowResolve, language, lookups),
        ].join("\n");
      };
    }
    lines.push(renderFieldLine(field, formatValue(field, value, language, context), language));
  }
  return lines;
}

/**
 * The answers as plain text for people: form title, then per visible page its title and "Label: value" lines,
 * in the submission's language. Attachments are listed by name and SHA-256. The result is normalised.
 * `answers` are validated answers (buildAnswerSchema's output), so hidden fields are already absent.
 */
export function renderAnswersText(
  definition: TFormDefinition,
  answers: TAnswers,
  options: TRenderAnswersTextOptions,
): string {
  const { language } = options;
  const resolve = (key: string) => answers[key];
  const blocks: string[] = [
    [localize(definition.title, language), ...(options.headerLines ?? [])].join("\n"),
  ];
  for (const page of definition.pages) {
    if (!evaluateCondition(page.visibleIf, resolve)) continue;
    const fields = page.elements.filter(isField);
    if (fields.length === 0) continue;
    const lines = renderFields(fields, answers, resolve, language, options.lookups);
    if (lines.length > 0) blocks.push([localize(page.title, language), ...lines].join("\n"));
  }
  return normaliseMessageText(blocks.join("\n\n"));
}
