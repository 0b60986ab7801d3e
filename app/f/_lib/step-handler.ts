// One step of a form over HTTP: GET shows the page (empty ones are cached); POST parses the request, asks
// lib/citizen/save-step to save it and answers with a redirect or the page again.
import "server-only";
import { createHash } from "node:crypto";
import { createElement } from "react";
import { citizenText } from "@/components/citizen/citizen-messages";
import { StepPage } from "@/components/citizen/step-page";
import { controlId, errorTargetName } from "@/components/form-renderer/field-names";
import { rendererText } from "@/components/form-renderer/renderer-messages";
import { buildClientRules } from "@/lib/citizen/enhance/client-rules";
import { withDraftFiles } from "@/lib/citizen/draft-answers";
import { createDraft, type TDraft } from "@/lib/citizen/drafts";
import { claimDraftForIdentifiedPerson, prefillForPage } from "./identification-hooks";
import { formAvailability } from "@/lib/citizen/load-public-form";
import { previousPageId, stepPosition } from "@/lib/citizen/page-flow";
import { SHOWN_FIELDS_INPUT, shownConditionalKeys } from "@/lib/citizen/revealed-fields";
import { saveStep } from "@/lib/citizen/save-step";
import { parseStepAction } from "@/lib/citizen/step-answers";
import { isField, type TPage } from "@/lib/forms/definition";
import { FILING_ROLE_KEY } from "@/lib/forms/filing-role";
import { localize } from "@/lib/forms/localized-text";
import {
  isForeignOrigin,
  notModified,
  withCookies,
  readPostedBody,
  redirectResponse,
  type TCookie,
} from "./citizen-http";
import { refusedPostResponse, refuseIfRateLimited } from "./rate-limited";
import { draftCookie, renderFormHtml, renderFormPage, type TFormContext } from "./form-context";
import { forbiddenResponse, notFoundResponse } from "./message-responses";

const emptyPageCache = new Map<string, { html: string; etag: string }>();

function conditionKeys(page: TPage): string[] {
  const keys = new Set<string>();
  JSON.stringify(page, (key, value) => {
    if (key === "field" && typeof value === "string") keys.add(value);
    // The filing role is read like an answer: the enhancement script needs it to show the role's questions.
    if (key === "filingRole") keys.add(FILING_ROLE_KEY);
    return value;
  });
  return [...keys];
}

function scriptData(context: TFormContext, page: TPage, values: Record<string, unknown>) {
  const onPage = new Set(page.elements.filter(isField).map((field) => field.key));
  const contextAnswers = Object.fromEntries(
    conditionKeys(page)
      .filter((key) => !onPage.has(key) && key in values)
      .map((key) => [key, values[key]]),
  );
  return {
    kind: "step",
    language: context.language,
    pageId: page.id,
    contextAnswers,
    rules: buildClientRules(context.definition, page.id, context.language),
    messages: {
      errorSummaryTitle: citizenText(context.language, "errorSummaryTitle"),
      errorPrefix: citizenText(context.language, "errorTitlePrefix"),
    },
  };
}

type TRenderStepInput = {
  values: Record<string, unknown>;
  errors: Record<string, string>;
  /** New questions appeared (no script): say so above the form. */
  hasRevealedFields?: boolean;
  status?: number;
  cookies?: TCookie[];
};

async function stepBody(context: TFormContext, page: TPage, input: TRenderStepInput, returnToCheck: boolean) {
  const { definition, language, urls, draft, form } = context;
  const prefill = prefillForPage(context, page);
  input = { ...input, values: { ...input.values, ...prefill.answers } };
  const previous = previousPageId(definition, input.values, page.id);
  const summary = Object.entries(input.errors).map(([name, message]) => ({
    href: `#${controlId("", errorTargetName(name))}`,
    message: `${errorLabel(context, page, name)}: ${message}`,
  }));
  const notices: string[] = [];
  if (form.isPaused)
    notices.push(localize(form.pauseMessage ?? undefined, language) || citizenText(language, "formPaused"));
  const hasUploads = JSON.stringify(page.elements).includes('"type":"file"');
  return {
    title: localize(page.title, language),
    hasErrors: summary.length > 0,
    isEnhanced: true,
    scriptData: scriptData(context, page, input.values),
    body: createElement(StepPage, {
      language,
      definition,
      pageId: page.id,
      pageTitle: localize(page.title, language),
      pageDescription: localize(page.description, language),
      formTitle: localize(definition.title, language),
      progress: stepPosition(definition, input.values, page.id),
      values: input.values,
      errors: input.errors,
      locked: prefill.locked,
      lockedNote: prefill.note,
      summary,
      action: urls.step(page.id, returnToCheck ? "return=check" : ""),
      backHref: returnToCheck ? urls.check : previous ? urls.step(previous) : urls.start,
      notices,
      infoNotice: input.hasRevealedFields
        ? {
            title: citizenText(language, "newQuestionsTitle"),
            text: citizenText(language, "newQuestions"),
          }
        : undefined,
      shownFields: { name: SHOWN_FIELDS_INPUT, value: shownConditionalKeys(page, input.values).join(",") },
      hasUploads,
      versionChange:
        draft && draft.formVersionId !== form.versionId ? { restartAction: urls.step(page.id) } : undefined,
    }),
  };
}

const ADDRESS_PARTS = ["street", "postalCode", "postOffice", "country"] as const;

/** "Postiosoite, Postinumero" for an error on address.postalCode: the summary names the field it is about. */
function errorLabel(context: TFormContext, page: TPage, name: string): string {
  const key = /^[A-Za-z][A-Za-z0-9_]*/.exec(name)?.[0] ?? name;
  const field = page.elements.filter(isField).find((candidate) => candidate.key === key);
  if (!field) return "";
  const label = localize(field.label, context.language);
  const part = ADDRESS_PARTS.find((candidate) => name === `${key}.${candidate}`);
  if (part) return `${label}, ${rendererText(context.language, part)}`;
  const row = /^[A-Za-z0-9_]+\[(\d+)\]\.([A-Za-z0-9_]+)$/.exec(name);
  if (row && field.type === "repeatingGroup") {
    const child = field.fields.find((candidate) => candidate.key === row[2]);
    return `${label} ${Number(row[1]) + 1}, ${child ? localize(child.label, context.language) : ""}`;
  }
  return label;
}

function findPage(context: TFormContext, pageId: string): TPage | undefined {
  return context.definition.pages.find((page) => page.id === pageId);
}

function closedResponse(context: TFormContext): Promise<Response> {
  return renderFormPage(
    context,
    {
      title: localize(context.definition.title, context.language),
      body: createElement(
        "div",
        null,
        createElement("h1", null, localize(context.definition.title, context.language)),
        createElement(
          "div",
          { className: "notice notice--alert" },
          createElement(
            "p",
            null,
            localize(context.form.closedMessage ?? undefined, context.language) ||
              citizenText(context.language, "formClosed"),
          ),
        ),
      ),
    },
    { status: 410 },
  );
}

export async function getStep(context: TFormContext, pageId: string): Promise<Response> {
  const page = findPage(context, pageId);
  if (!page) return notFoundResponse(context.request, context.language);
  if (formAvailability(context.form) !== "open") return closedResponse(context);
  const returnToCheck = new URL(context.request.url).searchParams.get("return") === "check";
  if (!context.draft && !context.identified) {
    // A published version never changes: the empty page is the same for everyone (not prefilled).
    const cacheKey = `${context.form.versionId}|${page.id}|${context.language}|${context.form.isPaused}|${returnToCheck}`;
    let cached = emptyPageCache.get(cacheKey);
    if (!cached) {
      const html = await renderFormHtml(
        context,
        await stepBody(context, page, { values: {}, errors: {} }, returnToCheck),
      );
      cached = { html, etag: `"${createHash("sha256").update(html).digest("base64url").slice(0, 27)}"` };
      emptyPageCache.set(cacheKey, cached);
    }
    if (context.request.headers.get("if-none-match") === cached.etag)
      return notModified(context.request, cached.etag);
    const { htmlResponse } = await import("./citizen-http");
    return htmlResponse(context.request, cached.html, {
      etag: cached.etag,
      cacheControl: "private, no-cache",
    });
  }
  const values = context.draft ? withDraftFiles(context.draft.answers, context.draft.files) : {};
  return renderFormPage(context, await stepBody(context, page, { values, errors: {} }, returnToCheck));
}

export async function postStep(context: TFormContext, pageId: string): Promise<Response> {
  const { request, form, language, urls } = context;
  if (isForeignOrigin(request)) return forbiddenResponse(request, language);
  const page = findPage(context, pageId);
  if (!page) return notFoundResponse(request, language);
  if (formAvailability(form) !== "open") return closedResponse(context);
  const cookies: TCookie[] = [];
  let draft: TDraft | null = context.draft;
  const back = { href: urls.step(page.id), label: citizenText(language, "back") };
  if (!draft) {
    const refused = await refuseIfRateLimited(request, language, "startDraft", {}, back);
    if (refused) return refused;
    const created = await createDraft({
      formId: form.id,
      formVersionId: form.versionId,
      language,
      lifetimeDays: form.draftLifetimeDays,
    });
    draft = created.draft;
    context.draft = draft;
    cookies.push(draftCookie(context, created.token));
  }
  const refusedSave = await refuseIfRateLimited(request, language, "saveStep", { draftId: draft.id }, back);
  if (refusedSave) return withCookies(refusedSave, request, cookies);
  const body = await readPostedBody(request);
  if (typeof body === "string") {
    return withCookies(await refusedPostResponse(request, language, body, back), request, cookies);
  }
  const hasFiles = [...body.files.values()].some((files) =>
    files.some((file) => file.size > 0 || file.name !== ""),
  );
  if (hasFiles) {
    const refusedUpload = await refuseIfRateLimited(request, language, "upload", { draftId: draft.id }, back);
    if (refusedUpload) return withCookies(refusedUpload, request, cookies);
  }
  const returnToCheck = new URL(request.url).searchParams.get("return") === "check";
  const stepQuery = returnToCheck ? "return=check" : "";

  const outcome = await saveStep({
    draft,
    form,
    definition: context.definition,
    page,
    fields: body.fields,
    files: body.files,
    action: parseStepAction(body.fields._action),
    language,
    // Bound fields take the identified person's values from the assertion, whatever was posted.
    fixedAnswers: prefillForPage(context, page).answers,
  });
  await claimDraftForIdentifiedPerson(context, draft.id);
  switch (outcome.kind) {
    case "restarted":
      return redirectResponse(request, urls.step(outcome.firstPageId), cookies);
    case "savedForLater":
      return redirectResponse(request, urls.save, cookies);
    case "stay":
      return redirectResponse(
        request,
        `${urls.step(page.id, stepQuery)}#${controlId("", outcome.anchor)}`,
        cookies,
      );
    case "invalid":
      return renderFormPage(
        context,
        await stepBody(
          context,
          page,
          { values: outcome.values, errors: outcome.errors, hasRevealedFields: outcome.hasRevealedFields },
          returnToCheck,
        ),
        { cookies },
      );
    case "stopped":
      return redirectResponse(request, urls.exit, cookies);
    case "completed":
      return redirectResponse(
        request,
        returnToCheck || !outcome.nextPageId ? urls.check : urls.step(outcome.nextPageId),
        cookies,
      );
  }
}
