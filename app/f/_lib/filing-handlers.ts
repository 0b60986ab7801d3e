// "File for whom" over HTTP: GET lists the choices (from Suomi.fi Valtuudet), POST asks lib/citizen to check
// the choice in Valtuudet and stores it on the draft, or shows a page that says why it was refused.
import "server-only";
import { createElement } from "react";
import { citizenText } from "@/components/citizen/citizen-messages";
import { filingText } from "@/components/citizen/filing-messages";
import { FOR_WHOM_INPUT, ForWhomPage, type TForWhomOption } from "@/components/citizen/for-whom-page";
import { chooseFiling, listFilingOptions, setDraftFiling, type TFiler } from "@/lib/citizen/choose-filing";
import { choiceValue, isOnBehalfForm, type TFilingRefusal } from "@/lib/citizen/decide-filing";
import { createDraft } from "@/lib/citizen/drafts";
import { isOnBehalf } from "@/lib/citizen/filing";
import { principalIdHash } from "@/lib/security/person-id-hashes";
import { firstIncompletePageId } from "@/lib/citizen/page-flow";
import { withDraftFiles } from "@/lib/citizen/draft-answers";
import type { TLanguage } from "@/lib/forms/localized-text";
import type { TPrincipal } from "@/lib/suomifi/valtuudet-client";
import { isForeignOrigin, readPostedBody, redirectResponse, type TCookie } from "./citizen-http";
import { draftCookie, formTitle, renderFormPage, type TFormContext } from "./form-context";
import { claimDraftForIdentifiedPerson } from "./identification-hooks";
import { forbiddenResponse, messageResponse } from "./message-responses";
import { refusedPostResponse, refuseIfRateLimited } from "./rate-limited";

function filerOf(context: TFormContext): TFiler | undefined {
  const identity = context.identified?.identity;
  if (!identity?.henkilotunnus) return undefined;
  return {
    henkilotunnus: identity.henkilotunnus,
    name: `${identity.callingName} ${identity.surname}`.trim(),
  };
}

function principalLabel(language: TLanguage, principal: TPrincipal): string {
  if (principal.kind === "company")
    return filingText(language, "company", { name: principal.name, id: principal.id });
  return filingText(language, principal.role, { name: principal.name });
}

function firstStep(context: TFormContext): string {
  const { definition, draft, language, urls } = context;
  const next = draft
    ? firstIncompletePageId(
        definition,
        withDraftFiles(draft.answers, draft.files),
        draft.completedPageIds,
        language,
      )
    : undefined;
  return urls.step(next ?? definition.pages[0]!.id);
}

export async function getForWhom(
  context: TFormContext,
  state: { error?: string; selected?: string; status?: number } = {},
): Promise<Response> {
  const { language, urls, form } = context;
  const filer = filerOf(context);
  if (!filer || !isOnBehalfForm(form.filingSettings))
    return redirectResponse(context.request, firstStep(context));
  const listed = await listFilingOptions(form.filingSettings, filer);
  const principals = listed.kind === "listed" ? listed.principals : [];
  const options: TForWhomOption[] = [
    { value: "self", label: filingText(language, "self", { name: filer.name }) },
    ...principals.map((principal) => ({
      value: choiceValue(principal),
      label: principalLabel(language, principal),
    })),
  ];
  const current = context.draft?.filing;
  const selected =
    state.selected ?? (current ? (isOnBehalf(current) ? choiceValue(current.principal) : "self") : undefined);
  return renderFormPage(
    context,
    {
      title: filingText(language, "title"),
      hasErrors: Boolean(state.error),
      body: createElement(ForWhomPage, {
        language,
        formTitle: formTitle(context),
        filerName: filer.name,
        action: urls.forWhom,
        backHref: urls.start,
        options,
        notice:
          listed.kind === "unavailable"
            ? "unavailableList"
            : principals.length === 0
              ? "noPrincipals"
              : undefined,
        selected,
        error: state.error,
      }),
    },
    { status: state.status },
  );
}

const REFUSAL_TEXTS: Record<TFilingRefusal | "unavailable", [title: string, body: string]> = {
  invalidChoice: ["noMandateTitle", "noMandate"],
  noMandate: ["noMandateTitle", "noMandate"],
  kindNotAllowed: ["notAllowedTitle", "notAllowed"],
  issueNotCovered: ["issueNotCoveredTitle", "issueNotCovered"],
  unavailable: ["unavailableTitle", "unavailable"],
};

function refusalResponse(
  context: TFormContext,
  reason: TFilingRefusal | "unavailable",
  principalName?: string,
): Promise<Response> {
  const { language, urls } = context;
  const [title, body] = REFUSAL_TEXTS[reason] as [
    Parameters<typeof filingText>[1],
    Parameters<typeof filingText>[1],
  ];
  return messageResponse(
    context.request,
    language,
    {
      title: filingText(language, title),
      paragraphs: [filingText(language, body, { name: principalName ?? "" })],
      links: [
        { href: urls.forWhom, label: filingText(language, "chooseAgain") },
        { href: urls.start, label: citizenText(language, "backToForm") },
      ],
    },
    reason === "unavailable" ? 503 : 403,
  );
}

export async function postForWhom(context: TFormContext): Promise<Response> {
  const { request, language, form, urls } = context;
  if (isForeignOrigin(request)) return forbiddenResponse(request, language);
  const filer = filerOf(context);
  if (!filer || !isOnBehalfForm(form.filingSettings)) return redirectResponse(request, urls.start);
  const back = { href: urls.forWhom, label: citizenText(language, "back") };
  const refused = await refuseIfRateLimited(
    request,
    language,
    "startDraft",
    { draftId: context.draft?.id },
    back,
  );
  if (refused) return refused;
  const body = await readPostedBody(request);
  if (typeof body === "string") return refusedPostResponse(request, language, body, back);
  const posted = body.fields[FOR_WHOM_INPUT];
  if (typeof posted !== "string" || posted === "")
    return getForWhom(context, { error: filingText(language, "chooseError"), status: 400 });
  const outcome = await chooseFiling(form.filingSettings, filer, posted);
  if (outcome.kind === "unavailable") return refusalResponse(context, "unavailable");
  if (outcome.kind === "refused") return refusalResponse(context, outcome.reason, outcome.principalName);
  const cookies: TCookie[] = [];
  const filing = {
    value: outcome.filing,
    principalIdHash: isOnBehalf(outcome.filing) ? principalIdHash(outcome.filing.principal) : null,
  };
  if (context.draft) {
    await setDraftFiling(context.draft.id, filing);
  } else {
    const created = await createDraft({
      formId: form.id,
      formVersionId: form.versionId,
      language,
      lifetimeDays: form.draftLifetimeDays,
      filing,
    });
    context.draft = created.draft;
    cookies.push(draftCookie(context, created.token));
  }
  await claimDraftForIdentifiedPerson(context, context.draft.id);
  return redirectResponse(request, firstStep(context), cookies);
}

/**
 * Before a submission is made from a draft filed on behalf: the mandate is asked of Valtuudet once more (it may
 * have been revoked since the start, and a stored choice is not a standing permission). A refusal page, or
 * undefined when the draft may be sent.
 */
export async function refuseIfMandateLapsed(context: TFormContext): Promise<Response | undefined> {
  const filing = context.draft?.filing;
  if (!isOnBehalf(filing)) return undefined;
  const filer = filerOf(context);
  if (!filer) return refusalResponse(context, "noMandate");
  const outcome = await chooseFiling(context.form.filingSettings, filer, choiceValue(filing.principal));
  if (outcome.kind === "unavailable") return refusalResponse(context, "unavailable");
  if (outcome.kind === "refused") return refusalResponse(context, outcome.reason, outcome.principalName);
  return undefined;
}
