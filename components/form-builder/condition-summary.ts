// Pure: a condition in plain language ("Shown when Damage type is Vehicle and Amount is over 1000 €").
import type { TCondition, TConditionScalar, TFieldCondition } from "@/lib/forms/condition-definition";
import type { TField, TFormDefinition } from "@/lib/forms/definition";
import { formatNumber } from "@/lib/forms/field-types/number";
import { localize, type TLanguage } from "@/lib/forms/localized-text";
import { findField } from "@/lib/forms/walk-definition";

const WORDS = {
  fi: {
    and: "ja",
    or: "tai",
    equals: "on",
    notEquals: "ei ole",
    oneOf: "on jokin seuraavista:",
    noneOf: "ei ole mikään seuraavista:",
    empty: "on tyhjä",
    notEmpty: "on täytetty",
    greaterThan: "on yli",
    lessThan: "on alle",
    contains: "sisältää valinnan",
    equalsField: "on sama kuin",
    notEqualsField: "ei ole sama kuin",
    greaterThanField: "on myöhempi tai suurempi kuin",
    lessThanField: "on aiempi tai pienempi kuin",
    yes: "Kyllä",
    no: "Ei",
    shown: "Näytetään, kun",
    required: "Pakollinen, kun",
  },
  sv: {
    and: "och",
    or: "eller",
    equals: "är",
    notEquals: "är inte",
    oneOf: "är något av:",
    noneOf: "är inget av:",
    empty: "är tomt",
    notEmpty: "är ifyllt",
    greaterThan: "är över",
    lessThan: "är under",
    contains: "innehåller valet",
    equalsField: "är samma som",
    notEqualsField: "är inte samma som",
    greaterThanField: "är senare eller större än",
    lessThanField: "är tidigare eller mindre än",
    yes: "Ja",
    no: "Nej",
    shown: "Visas när",
    required: "Obligatoriskt när",
  },
  en: {
    and: "and",
    or: "or",
    equals: "is",
    notEquals: "is not",
    oneOf: "is one of:",
    noneOf: "is none of:",
    empty: "is empty",
    notEmpty: "is filled in",
    greaterThan: "is over",
    lessThan: "is under",
    contains: "includes",
    equalsField: "is the same as",
    notEqualsField: "is not the same as",
    greaterThanField: "is later or larger than",
    lessThanField: "is earlier or smaller than",
    yes: "Yes",
    no: "No",
    shown: "Shown when",
    required: "Required when",
  },
} as const satisfies Record<TLanguage, Record<string, string>>;

function formatValue(field: TField | undefined, value: TConditionScalar, language: TLanguage): string {
  const words = WORDS[language];
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
  const words = WORDS[language];
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
  if ("field" in condition) return describeLeaf(condition, definition, language);
  const [joiner, children] =
    "all" in condition ? [WORDS[language].and, condition.all] : [WORDS[language].or, condition.any];
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
  return `${WORDS[language][kind]} ${describeCondition(condition, definition, language)}`;
}
