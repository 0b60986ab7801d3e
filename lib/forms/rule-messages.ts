import type { TComparisonOperator } from "./field-rule-definition";
import type { TLanguage } from "./localized-text";
import { validationTexts } from "@/lib/i18n/validation-texts";

type TComparedKind = "date" | "time" | "number" | "other";

/** Default messages of rules between fields (validation messages, "compare" and "same"). {other} is the other field's label, {value} its answer. */
export function compareRuleMessage(
  kind: TComparedKind,
  operator: TComparisonOperator,
  language: TLanguage,
  params: { other: string; value: string },
): string {
  if (operator === "equals" || operator === "notEquals" || kind === "other")
    return validationTexts.text(
      language,
      operator === "notEquals" ? "same.notEquals" : "same.equals",
      params,
    );
  return validationTexts.text(language, `compare.${kind}.${operator}`, params);
}

export function atLeastOneRuleMessage(language: TLanguage, labels: string[]): string {
  const quote = (label: string) => (language === "en" ? `“${label}”` : `”${label}”`);
  return validationTexts.text(language, "same.atLeastOne", { fields: labels.map(quote).join(", ") });
}
