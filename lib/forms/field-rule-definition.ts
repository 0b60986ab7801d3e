import * as z from "zod";
import { ZLocalizedText } from "./localized-text";

/**
 * How a field's value must relate to another field's. For dates and times "greater" means later.
 * Each operator is the set of relations {less, equal, greater} it allows, so contradictions can be found.
 */
export const COMPARISON_OPERATORS = [
  "greaterThan",
  "greaterOrEqual",
  "lessThan",
  "lessOrEqual",
  "equals",
  "notEquals",
] as const;
export type TComparisonOperator = (typeof COMPARISON_OPERATORS)[number];

export type TRelation = "less" | "equal" | "greater";
export const ALLOWED_RELATIONS: Record<TComparisonOperator, readonly TRelation[]> = {
  greaterThan: ["greater"],
  greaterOrEqual: ["greater", "equal"],
  lessThan: ["less"],
  lessOrEqual: ["less", "equal"],
  equals: ["equal"],
  notEquals: ["less", "greater"],
};
/** Operators that need an order (numbers, dates, times); equals/notEquals work on any single value. */
export const ORDERED_OPERATORS: readonly TComparisonOperator[] = [
  "greaterThan",
  "greaterOrEqual",
  "lessThan",
  "lessOrEqual",
];

const ZFieldReference = z.string().min(1).max(64);

/** "This field's value compared with another field's": to ≥ from, end > start, amount ≤ limit. */
export const ZCompareRule = z
  .object({
    kind: z.literal("compare"),
    operator: z.enum(COMPARISON_OPERATORS),
    /** Key of the other field: in a repeating group a field of the same row, or a field outside groups. */
    field: ZFieldReference,
    /** Shown when the rule fails; the default names both fields. */
    message: ZLocalizedText.optional(),
  })
  .strict()
  .meta({ id: "CompareRule" });

/** "This field or at least one of these must be filled": e.g. a phone number or an e-mail address. */
export const ZAtLeastOneRule = z
  .object({
    kind: z.literal("atLeastOne"),
    fields: z.array(ZFieldReference).min(1).max(20),
    message: ZLocalizedText.optional(),
  })
  .strict()
  .meta({ id: "AtLeastOneRule" });

export const ZFieldRule = z
  .discriminatedUnion("kind", [ZCompareRule, ZAtLeastOneRule])
  .meta({ id: "FieldRule" });
export type TFieldRule = z.infer<typeof ZFieldRule>;
export type TCompareRule = z.infer<typeof ZCompareRule>;
export type TAtLeastOneRule = z.infer<typeof ZAtLeastOneRule>;

/** The other fields a rule reads. */
export function ruleFieldKeys(rule: TFieldRule): string[] {
  return rule.kind === "compare" ? [rule.field] : rule.fields;
}
