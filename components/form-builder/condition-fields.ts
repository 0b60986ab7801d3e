// Pure: which fields a condition may read, which comparisons suit each field type, and default rules.
import type { TCondition, TConditionOperator, TFieldCondition } from "@/lib/forms/condition-definition";
import type { TElement, TField, TFieldType, TFormDefinition } from "@/lib/forms/definition";
import { elementName, listFieldNodes } from "@/lib/forms/walk-definition";

export type TConditionOwner = { kind: "page"; pageIndex: number } | { kind: "element"; element: TElement };

/** Earlier fields only (validateDefinition refuses later ones); group fields only from inside the same group. */
export function conditionCandidates(definition: TFormDefinition, owner: TConditionOwner): TField[] {
  const nodes = listFieldNodes(definition);
  if (owner.kind === "page")
    return nodes
      .filter((node) => node.pageIndex < owner.pageIndex && !node.group)
      .map((node) => node.element);
  const name = elementName(owner.element);
  const all = nodes.map((node) => node);
  const ownerIndex = all.findIndex((node) => node.element.key === name);
  const ownerNode = all[ownerIndex];
  // Headings and info texts are not field nodes: use the flow order of every element instead.
  const position = ownerNode?.position ?? positionOf(definition, name);
  return all
    .filter((node) => node.position < position && node.element.key !== name)
    .filter((node) => !node.group || node.group === ownerNode?.group)
    .filter((node) => !(ownerNode?.group && node.element === ownerNode.group))
    .map((node) => node.element);
}

function positionOf(definition: TFormDefinition, name: string): number {
  let position = 0;
  for (const page of definition.pages)
    for (const element of page.elements) {
      if (elementName(element) === name) return position;
      position += 1 + (element.type === "repeatingGroup" ? element.fields.length : 0);
    }
  return position;
}

const CHOICE_OPERATORS: TConditionOperator[] = [
  "equals",
  "notEquals",
  "oneOf",
  "noneOf",
  "empty",
  "notEmpty",
];
const TEXT_OPERATORS: TConditionOperator[] = ["equals", "notEquals", "empty", "notEmpty"];
const ORDERED_OPERATORS: TConditionOperator[] = [
  "equals",
  "notEquals",
  "greaterThan",
  "lessThan",
  "empty",
  "notEmpty",
];
const PRESENCE_OPERATORS: TConditionOperator[] = ["empty", "notEmpty"];

/** Exhaustive: a new field type does not compile until it says which comparisons suit it. */
const OPERATORS_BY_TYPE: { readonly [T in TFieldType]: TConditionOperator[] } = {
  shortText: TEXT_OPERATORS,
  longText: TEXT_OPERATORS,
  number: ORDERED_OPERATORS,
  email: TEXT_OPERATORS,
  phone: TEXT_OPERATORS,
  date: ORDERED_OPERATORS,
  time: TEXT_OPERATORS,
  singleChoice: CHOICE_OPERATORS,
  multipleChoice: ["contains", "empty", "notEmpty"],
  yesNo: ["equals", "empty", "notEmpty"],
  consent: ["equals", "empty", "notEmpty"],
  personalIdentityCode: TEXT_OPERATORS,
  businessId: TEXT_OPERATORS,
  vehicleRegistrationNumber: TEXT_OPERATORS,
  iban: TEXT_OPERATORS,
  postalCode: TEXT_OPERATORS,
  address: PRESENCE_OPERATORS,
  municipality: TEXT_OPERATORS,
  country: TEXT_OPERATORS,
  file: PRESENCE_OPERATORS,
  repeatingGroup: PRESENCE_OPERATORS,
};

const ORDERED_FIELD_COMPARISONS: TConditionOperator[] = [
  "greaterThanField",
  "lessThanField",
  "equalsField",
  "notEqualsField",
];
const SAME_FIELD_COMPARISONS: TConditionOperator[] = ["equalsField", "notEqualsField"];

/** Exhaustive like the list above: which two-field comparisons (with another field of the same type) suit it. */
const FIELD_COMPARISONS_BY_TYPE: { readonly [T in TFieldType]: TConditionOperator[] } = {
  shortText: SAME_FIELD_COMPARISONS,
  longText: SAME_FIELD_COMPARISONS,
  number: ORDERED_FIELD_COMPARISONS,
  email: SAME_FIELD_COMPARISONS,
  phone: SAME_FIELD_COMPARISONS,
  date: ORDERED_FIELD_COMPARISONS,
  time: ORDERED_FIELD_COMPARISONS,
  singleChoice: SAME_FIELD_COMPARISONS,
  multipleChoice: [],
  yesNo: SAME_FIELD_COMPARISONS,
  consent: [],
  personalIdentityCode: SAME_FIELD_COMPARISONS,
  businessId: SAME_FIELD_COMPARISONS,
  vehicleRegistrationNumber: SAME_FIELD_COMPARISONS,
  iban: SAME_FIELD_COMPARISONS,
  postalCode: SAME_FIELD_COMPARISONS,
  address: [],
  municipality: SAME_FIELD_COMPARISONS,
  country: SAME_FIELD_COMPARISONS,
  file: [],
  repeatingGroup: [],
};

export function operatorsFor(field: TField): TConditionOperator[] {
  return [...OPERATORS_BY_TYPE[field.type], ...FIELD_COMPARISONS_BY_TYPE[field.type]];
}

/** Fields a two-field comparison of `field` may read: other candidates of the same type. */
export function comparableCandidates(field: TField, candidates: TField[]): TField[] {
  return candidates.filter((candidate) => candidate.key !== field.key && candidate.type === field.type);
}

function defaultValue(field: TField): string | number | boolean {
  if (field.type === "singleChoice" || field.type === "multipleChoice")
    return field.settings.choices[0]?.value ?? "";
  if (field.type === "yesNo" || field.type === "consent") return true;
  if (field.type === "number") return 0;
  if (field.type === "date") return "2026-01-01";
  return "";
}

/** A rule for the field with the operator, keeping the previous value when it still fits. */
export function makeRule(
  field: TField,
  operator: TConditionOperator,
  previous?: TFieldCondition,
  candidates: TField[] = [],
): TFieldCondition {
  const kept = previous && previous.field === field.key && "value" in previous ? previous.value : undefined;
  const value = kept ?? defaultValue(field);
  switch (operator) {
    case "empty":
    case "notEmpty":
      return { field: field.key, operator };
    case "oneOf":
    case "noneOf":
      return { field: field.key, operator, values: [value] };
    case "greaterThan":
    case "lessThan":
      return { field: field.key, operator, value: typeof value === "boolean" ? 0 : value };
    case "contains":
      return { field: field.key, operator, value: String(value) };
    case "equalsField":
    case "notEqualsField":
    case "greaterThanField":
    case "lessThanField": {
      const keptOther = previous && "otherField" in previous ? previous.otherField : undefined;
      const others = comparableCandidates(field, candidates);
      const otherField = others.some((other) => other.key === keptOther) ? keptOther! : others[0]?.key;
      return { field: field.key, operator, otherField: otherField ?? "" };
    }
    case "equals":
    case "notEquals":
      return { field: field.key, operator, value };
  }
}

export function defaultRule(field: TField): TFieldCondition {
  return makeRule(field, operatorsFor(field)[0]!);
}

/** The editor always shows a group at the top, so a single rule can grow into AND/OR without retyping. */
export function asGroup(condition: TCondition): { all: TCondition[] } | { any: TCondition[] } {
  return "field" in condition || "filingRole" in condition ? { all: [condition] } : condition;
}
