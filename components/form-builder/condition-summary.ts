// Pure: a condition in plain language ("Shown when Damage type is Vehicle and Amount is over 1000 €").
import type { TCondition, TConditionScalar, TFieldCondition } from "@/lib/forms/condition-definition";
import type { TField, TFormDefinition } from "@/lib/forms/definition";
import { formatNumber } from "@/lib/forms/field-types/number";
import { localize, type TLanguage } from "@/lib/forms/localized-text";
import { findField } from "@/lib/forms/walk-definition";
import { conditionsTexts, type TConditionsMessages } from "@/lib/i18n/conditions-texts";

/** The words between labels and values (lib/i18n/messages/conditions/<language>.json). */
const wordsOf = (language: TLanguage): TConditionsMessages => conditionsTexts.messages(language);

function formatValue(field: TField | undefined, value: TConditionScalar, language: TLanguage): string {
  const words = wordsOf(language);
  if (typeof value === "boolean") return value ? words.yes : words.no;
  if (field && (field.type === "singleChoice" || field.type === "multipleChoice")) {
    const choice = field.settings.choices.find((candidate) => candidate.value === value);
    if (choice) return localize(choice.label, language);
  }
  if (typeof value === "number") {
    const text = formatNumber(value, language);
    return field?.type === "number" && field.settings.unit ? `${text} ${field.settings.unit}` : text;
  }
  if (field?.type === "date" && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [year, month, day] = value.split("-");
    return language === "en" ? value : `${Number(day)}.${Number(month)}.${year}`;
  }
  return value;
}

function describeLeaf(leaf: TFieldCondition, definition: TFormDefinition, language: TLanguage): string {
  const field = findField(definition, leaf.field);
  const name = field ? localize(field.label, language) : leaf.field;
  const words = wordsOf(language);
  switch (leaf.operator) {
    case "empty":
    case "notEmpty":
      return `${name} ${words[leaf.operator]}`;
    case "oneOf":
    case "noneOf":
      return `${name} ${words[leaf.operator]} ${leaf.values.map((value) => formatValue(field, value, language)).join(", ")}`;
    case "equalsField":
    case "notEqualsField":
    case "greaterThanField":
    case "lessThanField": {
      const other = findField(definition, leaf.otherField);
      return `${name} ${words[leaf.operator]} ${other ? localize(other.label, language) : leaf.otherField}`;
    }
    default:
      return `${name} ${words[leaf.operator]} ${formatValue(field, leaf.value, language)}`;
  }
}

/** The condition as a sentence fragment; nested groups are put in parentheses. */
export function describeCondition(
  condition: TCondition,
  definition: TFormDefinition,
  language: TLanguage,
  isNested = false,
): string {
  if ("filingRole" in condition) {
    const words = wordsOf(language);
    return `${words.filingRole} ${words.roles[condition.filingRole]}`;
  }
  if ("field" in condition) return describeLeaf(condition, definition, language);
  const [joiner, children] =
    "all" in condition ? [wordsOf(language).and, condition.all] : [wordsOf(language).or, condition.any];
  const text = children
    .map((child) => describeCondition(child, definition, language, true))
    .join(` ${joiner} `);
  return isNested && children.length > 1 ? `(${text})` : text;
}

export function summarizeCondition(
  kind: "shown" | "required",
  condition: TCondition,
  definition: TFormDefinition,
  language: TLanguage,
): string {
  return `${wordsOf(language)[kind]} ${describeCondition(condition, definition, language)}`;
}
