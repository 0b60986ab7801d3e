// Whether a draft's answers meet one of the form's stop rules: read from the validated answers, so a hidden
// question's kept answer or a value not yet valid never ends the form.
import { now } from "@/lib/clock";
import { lookupPostalCode } from "@/lib/forms/data/postal-codes";
import type { TFormDefinition } from "@/lib/forms/definition";
import type { TLanguage } from "@/lib/forms/localized-text";
import { findStop, type TStop } from "@/lib/forms/stop-rules";
import { todayInFinland } from "@/lib/forms/today";
import { validateAnswers } from "@/lib/forms/validate-answers";

export function findDraftStop(
  definition: TFormDefinition,
  answers: Record<string, unknown>,
  language: TLanguage,
): TStop | undefined {
  if (!definition.stopRules?.length) return undefined;
  const { value } = validateAnswers(definition, answers, {
    language,
    lookups: { postalCode: lookupPostalCode },
    today: todayInFinland(now()),
  });
  return findStop(definition, value);
}
