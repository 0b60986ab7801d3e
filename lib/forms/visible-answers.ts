import { evaluateCondition } from "./conditions";
import { isField, type TFormDefinition } from "./definition";

/**
 * The answers of the questions a person can see with these answers, walked in flow order as the validator
 * does: a page's or field's condition reads only answers still visible before it. A draft keeps answers to
 * questions hidden later (in case the person changes their mind), and those must not steer the flow.
 */
export function visibleAnswers(
  definition: TFormDefinition,
  answers: Record<string, unknown>,
): Record<string, unknown> {
  const visible: Record<string, unknown> = {};
  const resolve = (key: string) => visible[key];
  for (const page of definition.pages) {
    if (!evaluateCondition(page.visibleIf, resolve)) continue;
    for (const element of page.elements) {
      if (!isField(element) || !evaluateCondition(element.visibleIf, resolve)) continue;
      if (element.key in answers) visible[element.key] = answers[element.key];
    }
  }
  return visible;
}
