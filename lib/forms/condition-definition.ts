import * as z from "zod";
import { FILING_ROLES, type TFilingRole } from "./filing-role";

const ZConditionScalar = z.union([z.string(), z.number(), z.boolean()]);
export type TConditionScalar = z.infer<typeof ZConditionScalar>;

export const CONDITION_OPERATORS = [
  "equals",
  "notEquals",
  "oneOf",
  "noneOf",
  "empty",
  "notEmpty",
  "greaterThan",
  "lessThan",
  "contains",
  "equalsField",
  "notEqualsField",
  "greaterThanField",
  "lessThanField",
] as const;
/** Operators that compare two fields' answers instead of an answer and a fixed value. */
export const FIELD_COMPARISON_OPERATORS = [
  "equalsField",
  "notEqualsField",
  "greaterThanField",
  "lessThanField",
] as const;
export type TFieldComparisonOperator = (typeof FIELD_COMPARISON_OPERATORS)[number];
export type TConditionOperator = (typeof CONDITION_OPERATORS)[number];

/** A comparison against one earlier field (by key). greater/less compare numbers or YYYY-MM-DD dates. */
export type TFieldCondition =
  | { field: string; operator: "equals" | "notEquals"; value: TConditionScalar }
  | { field: string; operator: "oneOf" | "noneOf"; values: TConditionScalar[] }
  | { field: string; operator: "empty" | "notEmpty" }
  | { field: string; operator: "greaterThan" | "lessThan"; value: number | string }
  | { field: string; operator: "contains"; value: string }
  /** Compares with another earlier field of the same type: later date, larger number, same answer. */
  | { field: string; operator: TFieldComparisonOperator; otherField: string };

/** Whom the person files for (chosen at the start, checked in Suomi.fi Valtuudet): "filing as guardian". */
export type TRoleCondition = { filingRole: TFilingRole };

/** A condition that reads one thing: a field's answer or the filing role. */
export type TLeafCondition = TFieldCondition | TRoleCondition;

export type TCondition = TLeafCondition | { all: TCondition[] } | { any: TCondition[] };

const ZFieldReference = z.string().min(1).max(64);

export const ZFieldCondition = z
  .discriminatedUnion("operator", [
    z
      .object({ field: ZFieldReference, operator: z.enum(["equals", "notEquals"]), value: ZConditionScalar })
      .strict(),
    z
      .object({
        field: ZFieldReference,
        operator: z.enum(["oneOf", "noneOf"]),
        values: z.array(ZConditionScalar).min(1),
      })
      .strict(),
    z.object({ field: ZFieldReference, operator: z.enum(["empty", "notEmpty"]) }).strict(),
    z
      .object({
        field: ZFieldReference,
        operator: z.enum(["greaterThan", "lessThan"]),
        value: z.union([z.number(), z.iso.date()]),
      })
      .strict(),
    z.object({ field: ZFieldReference, operator: z.literal("contains"), value: z.string() }).strict(),
    z
      .object({
        field: ZFieldReference,
        operator: z.enum(FIELD_COMPARISON_OPERATORS),
        otherField: ZFieldReference,
      })
      .strict(),
  ])
  .meta({ id: "FieldCondition" });

export const ZRoleCondition = z
  .object({ filingRole: z.enum(FILING_ROLES) })
  .strict()
  .meta({ id: "RoleCondition" });

export const ZCondition: z.ZodType<TCondition> = z
  .lazy(() =>
    z.union([
      ZFieldCondition,
      ZRoleCondition,
      z.object({ all: z.array(ZCondition).min(1) }).strict(),
      z.object({ any: z.array(ZCondition).min(1) }).strict(),
    ]),
  )
  .meta({ id: "Condition" });

export function isFieldCondition(condition: TCondition): condition is TFieldCondition {
  return "field" in condition;
}

export function isRoleCondition(condition: TCondition): condition is TRoleCondition {
  return "filingRole" in condition;
}
