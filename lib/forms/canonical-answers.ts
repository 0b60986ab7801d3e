import type { TAnswers, TAnswerValue, TGroupRow } from "./answer-values";
import { evaluateCondition } from "./conditions";
import { isField, type TField, type TFormDefinition } from "./definition";
import { getFieldType } from "./field-type-registry";

export type TJsonValue = string | number | boolean | null | TJsonValue[] | { [key: string]: TJsonValue };

/**
 * JSON text with object keys sorted by code unit, no insignificant whitespace, strings in NFC and
 * -0 written as 0 (the RFC 8785 shape for the values answers hold). The same input always gives the same bytes.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (typeof value === "string") return JSON.stringify(value.normalize("NFC"));
  if (typeof value === "number")
    return Number.isFinite(value) ? JSON.stringify(value === 0 ? 0 : value) : "null";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, nested]) => nested !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, nested]) => `${JSON.stringify(key.normalize("NFC"))}:${canonicalJson(nested)}`).join(",")}}`;
  }
  return "null";
}

function canonicalFields(
  fields: TField[],
  answers: Record<string, unknown>,
  resolve: (key: string) => unknown,
): Record<string, TAnswerValue> {
  const result: Record<string, TAnswerValue> = {};
  for (const field of fields) {
    if (!evaluateCondition(field.visibleIf, resolve)) continue;
    const value = answers[field.key];
    if (value === undefined || value === null || getFieldType(field.type).isEmpty(value)) {
      result[field.key] = null;
    } else if (field.type === "repeatingGroup" && Array.isArray(value)) {
      result[field.key] = (value as TGroupRow[]).map((row) =>
        canonicalFields(field.fields, row, (key) => (key in row ? row[key] : resolve(key))),
      );
    } else {
      result[field.key] = value as TAnswerValue;
    }
  }
  return result;
}

export interface TCanonicalAnswers {
  schemaVersion: 1;
  /** Every field shown to the person, by key; null when left unanswered. Hidden fields are absent. */
  answers: Record<string, TAnswerValue>;
}

/** Canonical answers for machines from validated answers (buildAnswerSchema's output). */
export function toCanonicalAnswers(definition: TFormDefinition, answers: TAnswers): TCanonicalAnswers {
  const resolve = (key: string) => answers[key];
  const result: Record<string, TAnswerValue> = {};
  for (const page of definition.pages) {
    if (!evaluateCondition(page.visibleIf, resolve)) continue;
    Object.assign(result, canonicalFields(page.elements.filter(isField), answers, resolve));
  }
  return { schemaVersion: 1, answers: result };
}

/** toCanonicalAnswers serialised with canonicalJson: deterministic bytes for signing and hashing. */
export function canonicalAnswersJson(definition: TFormDefinition, answers: TAnswers): string {
  return canonicalJson(toCanonicalAnswers(definition, answers));
}
