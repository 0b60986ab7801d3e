// Without JavaScript, conditional questions appear only after the page is sent. Those the person has not yet
// seen must not be reported as missing: the page records which conditional fields it showed (`_shown`), and a
// post that reveals new ones shows the page again with a notice instead of errors for them. The enhancement
// script removes `_shown`, because with it the questions appear as the person answers.
import { evaluateCondition } from "@/lib/forms/conditions";
import { isField, type TPage } from "@/lib/forms/definition";

export const SHOWN_FIELDS_INPUT = "_shown";

/** Keys of the page's conditional fields that are visible with these answers. */
export function shownConditionalKeys(page: TPage, values: Record<string, unknown>): string[] {
  return page.elements
    .filter(isField)
    .filter(
      (field) => field.visibleIf !== undefined && evaluateCondition(field.visibleIf, (key) => values[key]),
    )
    .map((field) => field.key);
}

/** Conditional fields visible now that the page did not show; empty when the page did not say (script on). */
export function newlyRevealedKeys(
  page: TPage,
  values: Record<string, unknown>,
  posted: string | string[] | undefined,
): Set<string> {
  if (typeof posted !== "string") return new Set();
  const shown = new Set(posted.split(",").filter(Boolean));
  return new Set(shownConditionalKeys(page, values).filter((key) => !shown.has(key)));
}
