import { evaluateCondition } from "./conditions";
import type { TExitPage, TFormDefinition, TStopRule } from "./definition";

export interface TStop {
  rule: TStopRule;
  ruleIndex: number;
  exitPage: TExitPage;
}

/**
 * The first stop rule that holds for these answers, with its exit page; undefined when the form may go on.
 * Pass validated answers (validateAnswers' value): hidden fields are absent there, so an answer kept in the
 * draft for a question the person can no longer see never ends the form. A rule whose exit page is missing
 * is skipped (publishing refuses it; an old version must not end a form with no page to show).
 */
export function findStop(definition: TFormDefinition, answers: Record<string, unknown>): TStop | undefined {
  const exitPages = new Map((definition.exitPages ?? []).map((page) => [page.id, page]));
  const rules = definition.stopRules ?? [];
  for (const [ruleIndex, rule] of rules.entries()) {
    const exitPage = exitPages.get(rule.exitPage);
    if (exitPage && evaluateCondition(rule.when, (key) => answers[key])) return { rule, ruleIndex, exitPage };
  }
  return undefined;
}
