import { compareAnswers } from "./conditions";
import type { TField } from "./definition";
import { ALLOWED_RELATIONS, type TCompareRule, type TRelation } from "./field-rule-definition";
import { labelInSentence } from "./field-messages";
import type { TFieldIssue } from "./field-type";
import { formatDate } from "./field-types/date";
import { formatNumber } from "./field-types/number";
import { localize, type TLanguage } from "./localized-text";
import { atLeastOneRuleMessage, compareRuleMessage } from "./rule-messages";

/** What the rules of one scope (the form, or one repeating-group row) can see after its fields are validated. */
export interface TRuleScope {
  /** Valid, normalised answers of shown fields (the form's, or the row's first and then the form's). */
  valueOf(key: string): unknown;
  /** True when the field was shown and something was entered (valid or not). */
  isFilled(key: string): boolean;
  /** True when the field was shown. */
  isShown(key: string): boolean;
  /** True when the field already has an issue of its own (then its rules stay quiet). */
  hasIssue(key: string): boolean;
  fieldOf(key: string): TField | undefined;
}

function relationOf(difference: number): TRelation {
  return difference < 0 ? "less" : difference > 0 ? "greater" : "equal";
}

function formatOther(field: TField | undefined, value: unknown, language: TLanguage): string {
  if (field?.type === "date" && typeof value === "string") return formatDate(value, language);
  if (field?.type === "time" && typeof value === "string")
    return language === "en" ? value : value.replace(":", ".");
  if (typeof value === "number")
    return formatNumber(
      value,
      language,
      field?.type === "number" && field.settings.isInteger ? 0 : undefined,
    );
  return String(value);
}

function holds(rule: TCompareRule, value: unknown, other: unknown): boolean {
  const difference = compareAnswers(value, other);
  if (difference !== undefined) return ALLOWED_RELATIONS[rule.operator].includes(relationOf(difference));
  // Text-like answers: only "same" and "not the same" apply (compared without case or extra spaces).
  const normalise = (answer: unknown) => String(answer).trim().replace(/\s+/g, " ").toLowerCase();
  const isSame = normalise(value) === normalise(other);
  if (rule.operator === "equals") return isSame;
  if (rule.operator === "notEquals") return !isSame;
  return true; // an ordering between answers that have none: diagnostics block such rules before publishing
}

/**
 * The rules between fields ("to" not before "from", at least one of several filled). Runs after every field of
 * the scope is validated, so a rule can read a field that comes after it; a rule whose other field is empty or
 * hidden holds (the other field's own required check speaks for it).
 */
export function checkFieldRules(
  fields: TField[],
  scope: TRuleScope,
  language: TLanguage,
  pathPrefix: Array<string | number>,
): TFieldIssue[] {
  const issues: TFieldIssue[] = [];
  for (const field of fields) {
    if (!field.rules || !scope.isShown(field.key) || scope.hasIssue(field.key)) continue;
    for (const rule of field.rules) {
      const path = [...pathPrefix, field.key];
      if (rule.kind === "atLeastOne") {
        const keys = [field.key, ...rule.fields];
        if (keys.some((key) => scope.isFilled(key))) continue;
        const labels = keys
          .filter((key) => key === field.key || scope.isShown(key))
          .map((key) => localize(scope.fieldOf(key)?.label, language) || key);
        issues.push({
          path,
          message: rule.message ? localize(rule.message, language) : atLeastOneRuleMessage(language, labels),
        });
        continue;
      }
      const value = scope.valueOf(field.key);
      const other = scope.valueOf(rule.field);
      if (value === undefined || other === undefined || holds(rule, value, other)) continue;
      const otherField = scope.fieldOf(rule.field);
      const kind =
        field.type === "date" || field.type === "time" || field.type === "number" ? field.type : "other";
      issues.push({
        path,
        message: rule.message
          ? localize(rule.message, language)
          : compareRuleMessage(kind, rule.operator, language, {
              other: labelInSentence(localize(otherField?.label, language) || rule.field),
              value: formatOther(otherField, other, language),
            }),
      });
    }
  }
  return issues;
}
