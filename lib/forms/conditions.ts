import type { TCondition, TConditionScalar, TFieldCondition } from "./condition-definition";
import { FILING_ROLE_KEY, isFilingRole } from "./filing-role";

/** Gives the current value of a field by key (row fields first inside a repeating group). */
export type TValueResolver = (fieldKey: string) => unknown;

/** Emptiness for conditions: nothing, blank text, an empty list, or an address with no parts filled in. */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === "object")
    return Object.values(value).every(
      (part) => typeof part !== "string" || part.trim() === "" || part === "FI",
    );
  return false;
}

function comparable(value: unknown): string | number | boolean | undefined {
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") return value.trim();
  return undefined;
}

function isEqual(answer: unknown, expected: TConditionScalar): boolean {
  const actual = comparable(answer);
  if (actual === undefined)
    return Array.isArray(answer) && answer.length === 1 && isEqual(answer[0], expected);
  if (typeof expected === "number" && typeof actual === "string") {
    // Posted numbers can arrive as text ("1 200,50") before validation.
    const parsed = Number(actual.replace(/\s/g, "").replace(",", "."));
    return actual !== "" && parsed === expected;
  }
  if (typeof expected === "boolean" && typeof actual === "string")
    return String(expected) === actual.toLowerCase();
  return actual === expected;
}

function compareOrdered(answer: unknown, expected: number | string): number | undefined {
  if (typeof expected === "number") {
    const actual =
      typeof answer === "number"
        ? answer
        : typeof answer === "string" && answer.trim() !== ""
          ? Number(answer.replace(",", "."))
          : NaN;
    return Number.isFinite(actual) ? actual - expected : undefined;
  }
  if (typeof answer !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(answer)) return undefined;
  return answer < expected ? -1 : answer > expected ? 1 : 0;
}

/** Orders two answers of the same kind: numbers, YYYY-MM-DD dates or HH:MM times; undefined otherwise. */
export function compareAnswers(left: unknown, right: unknown): number | undefined {
  const asNumber = (value: unknown) =>
    typeof value === "number"
      ? value
      : typeof value === "string" && /^-?\d+(?:[.,]\d+)?$/.test(value.trim())
        ? Number(value.trim().replace(",", "."))
        : undefined;
  const asOrderedText = (value: unknown) =>
    typeof value === "string" && /^(\d{4}-\d{2}-\d{2}|\d{2}:\d{2})$/.test(value.trim())
      ? value.trim()
      : undefined;
  const [leftText, rightText] = [asOrderedText(left), asOrderedText(right)];
  if (leftText !== undefined && rightText !== undefined && leftText.length === rightText.length)
    return leftText < rightText ? -1 : leftText > rightText ? 1 : 0;
  const [leftNumber, rightNumber] = [asNumber(left), asNumber(right)];
  if (leftNumber !== undefined && rightNumber !== undefined) return Math.sign(leftNumber - rightNumber);
  return undefined;
}

function evaluateFieldComparison(condition: TFieldCondition, answer: unknown, other: unknown): boolean {
  if (isEmptyAnswer(answer) || isEmptyAnswer(other)) return false;
  switch (condition.operator) {
    case "equalsField":
      return compareAnswers(answer, other) === 0 || comparable(answer) === comparable(other);
    case "notEqualsField":
      return compareAnswers(answer, other) !== 0 && comparable(answer) !== comparable(other);
    case "greaterThanField":
      return compareAnswers(answer, other) === 1;
    case "lessThanField":
      return compareAnswers(answer, other) === -1;
    default:
      return false;
  }
}

function evaluateFieldCondition(condition: TFieldCondition, answer: unknown): boolean {
  switch (condition.operator) {
    case "equals":
      return isEqual(answer, condition.value);
    case "notEquals":
      return !isEqual(answer, condition.value);
    case "oneOf":
      return condition.values.some((value) => isEqual(answer, value));
    case "noneOf":
      return !condition.values.some((value) => isEqual(answer, value));
    case "empty":
      return isEmptyAnswer(answer);
    case "notEmpty":
      return !isEmptyAnswer(answer);
    case "greaterThan": {
      const difference = compareOrdered(answer, condition.value);
      return difference !== undefined && difference > 0;
    }
    case "lessThan": {
      const difference = compareOrdered(answer, condition.value);
      return difference !== undefined && difference < 0;
    }
    case "contains":
      return Array.isArray(answer) ? answer.includes(condition.value) : isEqual(answer, condition.value);
    case "equalsField":
    case "notEqualsField":
    case "greaterThanField":
    case "lessThanField":
      return false; // needs the other field's answer: evaluateCondition handles these
  }
}

/** True when the condition holds. No condition means "always". Never throws, whatever the answers hold. */
export function evaluateCondition(condition: TCondition | undefined, resolve: TValueResolver): boolean {
  if (!condition) return true;
  if ("all" in condition) return condition.all.every((child) => evaluateCondition(child, resolve));
  if ("any" in condition) return condition.any.some((child) => evaluateCondition(child, resolve));
  if ("filingRole" in condition) {
    // No role chosen (a form only for oneself, or not identified): the person files for themself.
    const role = resolve(FILING_ROLE_KEY);
    return (isFilingRole(role) ? role : "self") === condition.filingRole;
  }
  if ("otherField" in condition)
    return evaluateFieldComparison(condition, resolve(condition.field), resolve(condition.otherField));
  return evaluateFieldCondition(condition, resolve(condition.field));
}
