// Which pages a person sees and in what order: pages whose condition holds, in definition order.
import { evaluateCondition } from "@/lib/forms/conditions";
import type { TFormDefinition, TPage } from "@/lib/forms/definition";
import { now } from "@/lib/clock";
import { todayInFinland } from "@/lib/forms/today";
import { validateAnswers } from "@/lib/forms/validate-answers";
import { visibleAnswers } from "@/lib/forms/visible-answers";
import type { TLanguage } from "@/lib/forms/localized-text";

export function visiblePages(definition: TFormDefinition, answers: Record<string, unknown>): TPage[] {
  const visible = visibleAnswers(definition, answers);
  return definition.pages.filter((page) => evaluateCondition(page.visibleIf, (key) => visible[key]));
}

export function nextPageId(
  definition: TFormDefinition,
  answers: Record<string, unknown>,
  pageId: string,
): string | null {
  const pages = visiblePages(definition, answers);
  const index = definition.pages.findIndex((page) => page.id === pageId);
  return pages.find((page) => definition.pages.indexOf(page) > index)?.id ?? null;
}

export function previousPageId(
  definition: TFormDefinition,
  answers: Record<string, unknown>,
  pageId: string,
): string | null {
  const pages = visiblePages(definition, answers);
  const index = definition.pages.findIndex((page) => page.id === pageId);
  return [...pages].reverse().find((page) => definition.pages.indexOf(page) < index)?.id ?? null;
}

/**
 * The step number for the progress indicator ("Vaihe 2"), counted over the pages shown so far. No total: a
 * later answer can add or remove pages, and a total that changes under the person's feet ("1/4", then "3/5")
 * misleads more than it helps (see the README's decisions). Earlier pages depend only on earlier answers, so
 * the number of a page does not change while the person moves forward.
 */
export function stepPosition(
  definition: TFormDefinition,
  answers: Record<string, unknown>,
  pageId: string,
): { step: number } {
  const pages = visiblePages(definition, answers);
  const index = pages.findIndex((page) => page.id === pageId);
  return { step: index === -1 ? 1 : index + 1 };
}

/** The first visible page not yet completed or with a problem; null when everything is ready to check. */
export function firstIncompletePageId(
  definition: TFormDefinition,
  answers: Record<string, unknown>,
  completedPageIds: string[],
  language: TLanguage,
  lookups?: Parameters<typeof validateAnswers>[2]["lookups"],
): string | null {
  const result = validateAnswers(definition, answers, { language, lookups, today: todayInFinland(now()) });
  const keysWithIssues = new Set(result.issues.map((issue) => String(issue.path[0])));
  for (const page of visiblePages(definition, answers)) {
    const hasIssue = page.elements.some((element) => "key" in element && keysWithIssues.has(element.key));
    if (hasIssue || !completedPageIds.includes(page.id)) return page.id;
  }
  return null;
}
