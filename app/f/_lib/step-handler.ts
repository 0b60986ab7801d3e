// One step of a form: GET shows the page (empty ones are cached), POST saves the answers at every step.
import "server-only";
import { createHash } from "node:crypto";
import { createElement } from "react";
import { citizenText } from "@/components/citizen/citizen-messages";
import { StepPage } from "@/components/citizen/step-page";
import { controlId, errorTargetName, issuePathToName } from "@/components/form-renderer/field-names";
import { rendererText } from "@/components/form-renderer/renderer-messages";
import { buildClientRules } from "@/lib/citizen/enhance/client-rules";
import { filesByInputName, withDraftFiles } from "@/lib/citizen/draft-answers";
import { claimDraftForIdentifiedPerson, prefillForPage } from "./identification-hooks";
import { createDraft, restartDraftOnVersion, saveDraft, type TDraft } from "@/lib/citizen/drafts";
import { formAvailability } from "@/lib/citizen/load-public-form";
import { previousPageId, nextPageId, stepPosition } from "@/lib/citizen/page-flow";
import { removeDraftFile, storeUploads } from "@/lib/citizen/store-uploads";
import { coerceFormInput } from "@/lib/forms/coerce-form-input";
import { lookupPostalCode } from "@/lib/forms/data/postal-codes";
import { isField, type TPage } from "@/lib/forms/definition";
import { localize } from "@/lib/forms/localized-text";
import { validateAnswers } from "@/lib/forms/validate-answers";
import {
  isForeignOrigin,
  notModified,
  withCookies,
  readPostedBody,
  redirectResponse,
  type TCookie,
} from "./citizen-http";
import { refusedPostResponse, refuseIfRateLimited } from "./rate-limited";
import { newlyRevealedKeys, SHOWN_FIELDS_INPUT, shownConditionalKeys } from "./revealed-fields";
import { draftCookie, renderFormHtml, renderFormPage, type TFormContext } from "./form-context";
import { forbiddenResponse, notFoundResponse } from "./message-responses";

const emptyPageCache = new Map<string, { html: string; etag: string }>();

function conditionKeys(page: TPage): string[] {
  const keys = new Set<string>();
  JSON.stringify(page, (key, value) => {
    if (key === "field" && typeof value === "string") keys.add(value);
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
      infoNotice: input.hasRevealedFields ? citizenText(language, "newQuestions") : undefined,
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

function applyRowAction(answers: Record<string, unknown>, action: string): void {
  const add = /^add-row:([A-Za-z][A-Za-z0-9_]*)$/.exec(action);
  if (add) {
    const rows = Array.isArray(answers[add[1]!]) ? [...(answers[add[1]!] as unknown[])] : [];
    answers[add[1]!] = [...rows, {}];
    return;
  }
  const remove = /^remove-row:([A-Za-z][A-Za-z0-9_]*):(\d+)$/.exec(action);
  if (remove) {
    const rows = Array.isArray(answers[remove[1]!]) ? [...(answers[remove[1]!] as unknown[])] : [];
    rows.splice(Number(remove[2]), 1);
    answers[remove[1]!] = rows;
  }
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
  const action = typeof body.fields._action === "string" ? body.fields._action : "continue";
  const hasFiles = [...body.files.values()].some((files) =>
    files.some((file) => file.size > 0 || file.name !== ""),
  );
  if (hasFiles) {
    const refusedUpload = await refuseIfRateLimited(request, language, "upload", { draftId: draft.id }, back);
    if (refusedUpload) return withCookies(refusedUpload, request, cookies);
  }
  const returnToCheck = new URL(request.url).searchParams.get("return") === "check";

  if (action === "restart") {
    await restartDraftOnVersion(draft, form.versionId, form.draftLifetimeDays);
    return redirectResponse(request, context.urls.step(form.definition.pages[0]!.id), cookies);
  }

  const uploadErrors: Record<string, string> = {};
  for (const field of page.elements.filter(isField)) {
    if (field.type !== "file") continue;
    const files = body.files.get(field.key) ?? [];
    if (files.length === 0) continue;
    const result = await storeUploads({
      draft,
      organizationId: form.organizationId,
      field,
      inputName: field.key,
      files,
      language,
    });
    if (result.errors.length > 0) uploadErrors[field.key] = result.errors.join(" ");
  }
  const removeFile = /^remove-file:([0-9a-f-]{36})$/.exec(action);
  if (removeFile) await removeDraftFile(draft, removeFile[1]!);

  const coerced = coerceFormInput(context.definition, page.id, body.fields, {
    files: filesByInputName(draft.files),
  });
  // File answers come from the stored files, never from posted values.
  const fileKeys = new Set(
    page.elements
      .filter(isField)
      .filter((field) => field.type === "file")
      .map((field) => field.key),
  );
  const pageKeys = page.elements.filter(isField).map((field) => field.key);
  const rawAnswers: Record<string, unknown> = { ...draft.answers };
  for (const key of pageKeys) {
    if (!fileKeys.has(key) && key in coerced) rawAnswers[key] = coerced[key];
    else delete rawAnswers[key];
  }
  applyRowAction(rawAnswers, action);
  // Bound fields take the identified person's values from the assertion, whatever was posted.
  Object.assign(rawAnswers, prefillForPage(context, page).answers);
  await claimDraftForIdentifiedPerson(context, draft.id);

  const isStayAction =
    action.startsWith("upload:") ||
    action.startsWith("remove-file:") ||
    action.startsWith("add-row:") ||
    action.startsWith("remove-row:");
  if (action === "save" || isStayAction) {
    await saveDraft(draft, { answers: rawAnswers, language }, form.draftLifetimeDays);
    if (Object.keys(uploadErrors).length > 0) {
      const values = withDraftFiles(rawAnswers, draft.files);
      return renderFormPage(
        context,
        await stepBody(context, page, { values, errors: uploadErrors }, returnToCheck),
        { cookies },
      );
    }
    if (action === "save") return redirectResponse(request, urls.save, cookies);
    const anchor = action.split(":")[1] ?? "";
    return redirectResponse(
      request,
      `${urls.step(page.id, returnToCheck ? "return=check" : "")}#${controlId("", anchor)}`,
      cookies,
    );
  }

  const values = withDraftFiles(rawAnswers, draft.files);
  const result = validateAnswers(context.definition, values, {
    language,
    pageId: page.id,
    lookups: { postalCode: lookupPostalCode },
  });
  const errors: Record<string, string> = { ...uploadErrors };
  const revealed = newlyRevealedKeys(page, values, body.fields[SHOWN_FIELDS_INPUT]);
  for (const issue of result.issues) {
    const name = issuePathToName(issue.path);
    if (revealed.has(String(issue.path[0]))) continue;
    if (!(name in errors)) errors[name] = issue.message;
  }
  if (Object.keys(errors).length > 0 || revealed.size > 0) {
    await saveDraft(draft, { answers: rawAnswers, language }, form.draftLifetimeDays);
    return renderFormPage(
      context,
      await stepBody(context, page, { values, errors, hasRevealedFields: revealed.size > 0 }, returnToCheck),
      { cookies },
    );
  }
  const saved: Record<string, unknown> = { ...rawAnswers };
  for (const key of pageKeys) {
    if (fileKeys.has(key)) continue;
    if (key in result.value) saved[key] = result.value[key];
    else delete saved[key];
  }
  const completedPageIds = draft.completedPageIds.includes(page.id)
    ? draft.completedPageIds
    : [...draft.completedPageIds, page.id];
  await saveDraft(draft, { answers: saved, completedPageIds, language }, form.draftLifetimeDays);
  const next = nextPageId(context.definition, saved, page.id);
  return redirectResponse(request, returnToCheck || !next ? urls.check : urls.step(next), cookies);
}
