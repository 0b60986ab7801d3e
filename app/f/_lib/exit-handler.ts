// The exit page: shown instead of the next step while the draft's answers meet a stop rule. The address names
// no exit page: which one applies is read from the draft, so nothing can be shown that the answers do not say.
import "server-only";
import { createElement } from "react";
import { ExitPage } from "@/components/citizen/exit-page";
import { controlId } from "@/components/form-renderer/field-names";
import { withDraftFiles } from "@/lib/citizen/draft-answers";
import { findDraftStop } from "@/lib/citizen/find-draft-stop";
import { localize } from "@/lib/forms/localized-text";
import { renderSafeMarkdown } from "@/lib/forms/safe-markdown";
import type { TStop } from "@/lib/forms/stop-rules";
import { conditionFieldKeys } from "@/lib/forms/walk-definition";
import { redirectResponse } from "./citizen-http";
import { renderFormPage, type TFormContext } from "./form-context";

/** The stop rule the person's draft meets now, if any. */
export function draftStop(context: TFormContext): TStop | undefined {
  const { draft, definition, language } = context;
  if (!draft) return undefined;
  return findDraftStop(definition, withDraftFiles(draft.answers, draft.files), language);
}

/** The step holding the first question the rule reads, where the person can change the answer. */
function changeHref(context: TFormContext, stop: TStop): string {
  const [fieldKey] = conditionFieldKeys(stop.rule.when);
  const page = context.definition.pages.find((candidate) =>
    candidate.elements.some((element) => "key" in element && element.key === fieldKey),
  );
  if (!page || !fieldKey) return context.urls.start;
  return `${context.urls.step(page.id)}#${controlId("", fieldKey)}`;
}

export async function getExit(context: TFormContext): Promise<Response> {
  const { request, urls, language, definition } = context;
  if (!context.draft) return redirectResponse(request, urls.start);
  const stop = draftStop(context);
  // Answers changed since (or the address was typed): the form goes on from the check page's own rules.
  if (!stop) return redirectResponse(request, urls.check);
  return renderFormPage(context, {
    title: localize(stop.exitPage.title, language),
    body: createElement(ExitPage, {
      language,
      formTitle: localize(definition.title, language),
      title: localize(stop.exitPage.title, language),
      bodyHtml: renderSafeMarkdown(localize(stop.exitPage.body, language)),
      changeHref: changeHref(context, stop),
    }),
  });
}
