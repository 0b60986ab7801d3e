import type { TComparisonOperator } from "./field-rule-definition";
import type { TLanguage } from "./localized-text";

type TComparedKind = "date" | "time" | "number" | "other";

/** Default messages of rules between fields. {other} is the other field's label, {value} its answer. */
const COMPARE_MESSAGES: Record<
  Exclude<TComparedKind, "other">,
  Record<Exclude<TComparisonOperator, "equals" | "notEquals">, Record<TLanguage, string>>
> = {
  date: {
    greaterThan: {
      fi: "Päivämäärän on oltava myöhempi kuin {other} ({value}).",
      sv: "Datumet måste vara senare än {other} ({value}).",
      en: "The date must be after {other} ({value}).",
    },
    greaterOrEqual: {
      fi: "Päivämäärä ei voi olla aikaisempi kuin {other} ({value}).",
      sv: "Datumet kan inte vara tidigare än {other} ({value}).",
      en: "The date cannot be before {other} ({value}).",
    },
    lessThan: {
      fi: "Päivämäärän on oltava aikaisempi kuin {other} ({value}).",
      sv: "Datumet måste vara tidigare än {other} ({value}).",
      en: "The date must be before {other} ({value}).",
    },
    lessOrEqual: {
      fi: "Päivämäärä ei voi olla myöhempi kuin {other} ({value}).",
      sv: "Datumet kan inte vara senare än {other} ({value}).",
      en: "The date cannot be after {other} ({value}).",
    },
  },
  time: {
    greaterThan: {
      fi: "Kellonajan on oltava myöhempi kuin {other} ({value}).",
      sv: "Klockslaget måste vara senare än {other} ({value}).",
      en: "The time must be later than {other} ({value}).",
    },
    greaterOrEqual: {
      fi: "Kellonaika ei voi olla aikaisempi kuin {other} ({value}).",
      sv: "Klockslaget kan inte vara tidigare än {other} ({value}).",
      en: "The time cannot be earlier than {other} ({value}).",
    },
    lessThan: {
      fi: "Kellonajan on oltava aikaisempi kuin {other} ({value}).",
      sv: "Klockslaget måste vara tidigare än {other} ({value}).",
      en: "The time must be earlier than {other} ({value}).",
    },
    lessOrEqual: {
      fi: "Kellonaika ei voi olla myöhempi kuin {other} ({value}).",
      sv: "Klockslaget kan inte vara senare än {other} ({value}).",
      en: "The time cannot be later than {other} ({value}).",
    },
  },
  number: {
    greaterThan: {
      fi: "Luvun on oltava suurempi kuin {other} ({value}).",
      sv: "Talet måste vara större än {other} ({value}).",
      en: "The number must be more than {other} ({value}).",
    },
    greaterOrEqual: {
      fi: "Luku ei voi olla pienempi kuin {other} ({value}).",
      sv: "Talet kan inte vara mindre än {other} ({value}).",
      en: "The number cannot be less than {other} ({value}).",
    },
    lessThan: {
      fi: "Luvun on oltava pienempi kuin {other} ({value}).",
      sv: "Talet måste vara mindre än {other} ({value}).",
      en: "The number must be less than {other} ({value}).",
    },
    lessOrEqual: {
      fi: "Luku ei voi olla suurempi kuin {other} ({value}).",
      sv: "Talet kan inte vara större än {other} ({value}).",
      en: "The number cannot be more than {other} ({value}).",
    },
  },
};

const SAME_MESSAGES: Record<"equals" | "notEquals" | "atLeastOne", Record<TLanguage, string>> = {
  equals: {
    fi: "Tiedon on oltava sama kuin {other}. Tarkista kirjoitusasu.",
    sv: "Uppgiften måste vara samma som {other}. Kontrollera stavningen.",
    en: "This must be the same as {other}. Check the spelling.",
  },
  notEquals: {
    fi: "Tieto ei voi olla sama kuin {other}.",
    sv: "Uppgiften kan inte vara samma som {other}.",
    en: "This cannot be the same as {other}.",
  },
  atLeastOne: {
    fi: "Täytä vähintään yksi näistä: {fields}.",
    sv: "Fyll i minst en av dessa: {fields}.",
    en: "Fill in at least one of these: {fields}.",
  },
};

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}

export function compareRuleMessage(
  kind: TComparedKind,
  operator: TComparisonOperator,
  language: TLanguage,
  params: { other: string; value: string },
): string {
  if (operator === "equals" || operator === "notEquals" || kind === "other")
    return fill(SAME_MESSAGES[operator === "notEquals" ? "notEquals" : "equals"][language], params);
  return fill(COMPARE_MESSAGES[kind][operator][language], params);
}

export function atLeastOneRuleMessage(language: TLanguage, labels: string[]): string {
  const quote = (label: string) => (language === "en" ? `“${label}”` : `”${label}”`);
  return fill(SAME_MESSAGES.atLeastOne[language], { fields: labels.map(quote).join(", ") });
}
