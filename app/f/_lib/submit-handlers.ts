// Check your answers, hand-off to Suomi.fi and the return address.
import "server-only";
import { identifiedPersonIdHash } from "./identification-hooks";
import { refuseIfMandateLapsed } from "./filing-handlers";
import { createElement } from "react";
import { CheckPage } from "@/components/citizen/check-page";
import { citizenText } from "@/components/citizen/citizen-messages";
import { HandoffPage } from "@/components/citizen/handoff-page";
import { ReturnPage, type TReturnKind } from "@/components/citizen/return-page";
import { controlId } from "@/components/form-renderer/field-names";
import { summariseAnswers } from "@/lib/citizen/answer-summary";
import { withDraftFiles } from "@/lib/citizen/draft-answers";
import { deleteDraft } from "@/lib/citizen/drafts";
import { firstIncompletePageId } from "@/lib/citizen/page-flow";
import { readStoredFile } from "@/lib/citizen/store-uploads";
import { lookupPostalCode } from "@/lib/forms/data/postal-codes";
import { localize } from "@/lib/forms/localized-text";
import { now } from "@/lib/clock";
import { todayInFinland } from "@/lib/forms/today";
import { validateAnswers } from "@/lib/forms/validate-answers";
import { createSubmission } from "@/lib/submissions/create-submission";
import { createHandoffToken, verifyHandoffToken } from "@/lib/submissions/handoff-token";
import {
  loadHandoffSubmission,
  recordHandoff,
  recordReturn,
  type TReturnOutcome,
} from "@/lib/submissions/handoff-submission";
import { buildHandoffFields } from "@/lib/suomifi/post-handoff";
import { renderCitizenCopy } from "@/lib/delivery/export/render-citizen-copy";
import { absoluteUrl, isForeignOrigin, redirectResponse } from "./citizen-http";
import { clearDraftCookie, formUrls, renderFormPage, withLanguage, type TFormContext } from "./form-context";
import { forbiddenResponse, messageResponse } from "./message-responses";
import { refuseIfRateLimited } from "./rate-limited";
import { sendBlockMessage } from "./sendability";
import { draftStop } from "./exit-handler";

const lookups = { postalCode: lookupPostalCode };

async function renderCheck(context: TFormContext, errorMessage?: string, status = 200): Promise<Response> {
  const { definition, language, urls, draft } = context;
  const answers = withDraftFiles(draft!.answers, draft!.files);
  const validated = validateAnswers(definition, answers, {
    language,
    lookups,
    today: todayInFinland(now()),
  }).value;
  const sections = summariseAnswers(definition, validated, language, lookups);
  const lastPage = [...definition.pages]
    .reverse()
    .find((page) => sections.some((section) => section.pageId === page.id));
  return renderFormPage(
    context,
    {
      title: citizenText(language, "checkTitle"),
      hasErrors: errorMessage !== undefined,
      isEnhanced: true,
      body: createElement(CheckPage, {
        language,
        formTitle: localize(definition.title, language),
        organizationName: context.form.organizationName,
        sections,
        changeHref: (pageId, fieldKey) => `${urls.step(pageId, "return=check")}#${controlId("", fieldKey)}`,
        action: urls.check,
        backHref: lastPage ? urls.step(lastPage.id) : urls.start,
        blockMessage: sendBlockMessage(context),
        errorMessage,
      }),
    },
    { status },
  );
}

export async function getCheck(context: TFormContext): Promise<Response> {
  const { draft, definition, language, urls, request } = context;
  if (!draft) return redirectResponse(request, urls.start);
  const answers = withDraftFiles(draft.answers, draft.files);
  if (draftStop(context)) return redirectResponse(request, urls.exit);
  const incomplete = firstIncompletePageId(definition, answers, draft.completedPageIds, language, lookups);
  if (incomplete) return redirectResponse(request, urls.step(incomplete));
  return renderCheck(context);
}

export async function postCheck(context: TFormContext): Promise<Response> {
  const { draft, definition, language, urls, request, form } = context;
  if (isForeignOrigin(request)) return forbiddenResponse(request, language);
  if (!draft) return redirectResponse(request, urls.start);
  const blocked = sendBlockMessage(context);
  if (blocked) return renderCheck(context, blocked, 409);
  // A stop rule holds: nothing is created or sent (createSubmission refuses it too).
  if (draftStop(context)) return redirectResponse(request, urls.exit);
  const lapsed = await refuseIfMandateLapsed(context);
  if (lapsed) return lapsed;
  const result = await createSubmission({
    organizationId: form.organizationId,
    formId: form.id,
    formVersionId: draft.formVersionId,
    definition,
    draftId: draft.id,
    answers: withDraftFiles(draft.answers, draft.files),
    language,
    maxTextChars: form.suomifi!.profile.limits.maxTextChars,
    identifiedPersonIdHash: identifiedPersonIdHash(context),
    filing: draft.filing,
  });
  if (!result.ok && result.reason === "stopped") return redirectResponse(request, urls.exit);
  if (!result.ok && result.reason === "invalid") {
    const incomplete = firstIncompletePageId(
      definition,
      withDraftFiles(draft.answers, draft.files),
      [],
      language,
      lookups,
    );
    return redirectResponse(request, urls.step(incomplete ?? definition.pages[0]!.id));
  }
  if (!result.ok)
    return renderCheck(
      context,
      citizenText(language, "tooLong", { length: result.length, max: result.max }),
      422,
    );
  return redirectResponse(request, urls.send(createHandoffToken(result.submissionId)));
}

async function loadSubmissionForToken(context: TFormContext, token: string) {
  const submissionId = verifyHandoffToken(token);
  const submission = submissionId ? await loadHandoffSubmission(submissionId) : null;
  if (!submission || submission.formId !== context.form.id) return null;
  return submission;
}

function linkExpired(context: TFormContext): Promise<Response> {
  const { language, request, urls } = context;
  return messageResponse(
    request,
    language,
    {
      title: citizenText(language, "linkExpiredTitle"),
      paragraphs: [citizenText(language, "linkExpiredBody")],
      links: [{ href: urls.start, label: citizenText(language, "backToForm") }],
    },
    404,
  );
}

export async function getSend(context: TFormContext, token: string): Promise<Response> {
  const { language, request, form, urls } = context;
  const submission = await loadSubmissionForToken(context, token);
  if (!submission) return linkExpired(context);
  // The person changed an answer after checking and now meets a stop rule: the earlier hand-off is not offered.
  if (context.draft?.submissionId === submission.id && draftStop(context))
    return redirectResponse(request, urls.exit);
  const blocked = sendBlockMessage(context);
  if (blocked) {
    return messageResponse(
      request,
      language,
      {
        title: citizenText(language, "sendTitle"),
        paragraphs: [blocked, `${citizenText(language, "reference")}: ${submission.reference}`],
        links: [{ href: urls.start, label: citizenText(language, "backToForm") }],
      },
      409,
    );
  }
  const refused = await refuseIfRateLimited(
    request,
    language,
    "handoff",
    { draftId: submission.id },
    {
      href: urls.start,
      label: citizenText(language, "backToForm"),
    },
  );
  if (refused) return refused;
  const decision = await recordHandoff({
    submissionId: submission.id,
    formId: form.id,
    maxSubmissions: form.maxSubmissions,
  });
  if (!decision.ok) {
    return messageResponse(
      request,
      language,
      { title: citizenText(language, "sendTitle"), paragraphs: [citizenText(language, "formFull")] },
      409,
    );
  }
  const suomifi = form.suomifi!;
  const freshToken = createHandoffToken(submission.id);
  const title = `${localize(context.definition.title, submission.language)} ${submission.reference}`;
  const handoff = buildHandoffFields(suomifi.profile, {
    organisationId: suomifi.postOrganizationId,
    serviceId: suomifi.serviceId,
    // In the language the form was filled in, whatever the hand-off page's address said.
    returnUrl: absoluteUrl(
      request,
      formUrls(form.organizationSlug, form.slug, submission.language).returnPath(freshToken),
    ),
    title: title.slice(0, 256),
    language: submission.language,
    body: submission.messageText,
    reference: submission.reference,
  });
  return renderFormPage(
    context,
    {
      title: citizenText(language, "handoffTitle"),
      isEnhanced: true,
      scriptData: { kind: "handoff" },
      body: createElement(HandoffPage, {
        language,
        handoff,
        reference: submission.reference,
        files: submission.files.map((file) => ({ ...file, url: urls.sendFile(freshToken, file.id) })),
      }),
    },
    { formActionOrigins: [new URL(suomifi.profile.actionUrl).origin] },
  );
}

export async function getSendFile(context: TFormContext, token: string, fileId: string): Promise<Response> {
  const submission = await loadSubmissionForToken(context, token);
  const file = submission?.files.find((candidate) => candidate.id === fileId);
  if (!submission || !file) return new Response("Not found", { status: 404 });
  const stored = await readStoredFile(file.id);
  if (!stored) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(stored.bytes), {
    headers: {
      "Content-Type": stored.mediaType,
      "Content-Disposition": `attachment; filename*=UTF-8''${encodeURIComponent(stored.name)}`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
    },
  });
}

export async function getReturn(formContext: TFormContext, token: string): Promise<Response> {
  const submission = await loadSubmissionForToken(formContext, token);
  if (!submission) return linkExpired(formContext);
  // A return address issued without a language (before it carried one) speaks the submission's language.
  const context = new URL(formContext.request.url).searchParams.has("lang")
    ? formContext
    : withLanguage(formContext, submission.language);
  const { language, request, form, urls } = context;
  const parameter = form.suomifi?.profile.outcomeParameter;
  const value = parameter ? new URL(request.url).searchParams.get(parameter.name) : null;
  const outcome: TReturnOutcome =
    !parameter || value === null
      ? "none"
      : value === parameter.completedValue
        ? "completed"
        : value === parameter.cancelledValue
          ? "cancelled"
          : value === parameter.failedValue
            ? "failed"
            : "none";
  const { status } = await recordReturn(submission.id, outcome);
  const isConfirmed = status === "retrieved" || status === "delivered";
  const kind: TReturnKind =
    isConfirmed || outcome === "completed"
      ? "thanks"
      : outcome === "cancelled"
        ? "cancelled"
        : outcome === "failed"
          ? "noMailbox"
          : "unknown";
  const cookies = [];
  if (kind === "thanks" && context.draft && context.draft.submissionId === submission.id) {
    await deleteDraft(context.draft.id);
    cookies.push(clearDraftCookie(context));
  }
  const titles: Record<TReturnKind, string> = {
    thanks: citizenText(language, "thanksTitle"),
    cancelled: citizenText(language, "cancelledTitle"),
    noMailbox: citizenText(language, "noMailboxTitle"),
    unknown: citizenText(language, "unknownTitle"),
  };
  return renderFormPage(
    context,
    {
      title: titles[kind],
      body: createElement(ReturnPage, {
        language,
        kind,
        reference: submission.reference,
        organizationName: form.organizationName,
        formTitle: localize(context.definition.title, language),
        isConfirmed,
        sendAgainHref: urls.send(token),
        copyHref: `${urls.base}/return/${token}/copy?lang=${language}`,
        checkHref: context.draft ? urls.check : undefined,
      }),
    },
    { cookies },
  );
}

/** The person's own PDF copy of what they sent, while the hand-off link is valid; a plain download, no script. */
export async function getCitizenCopy(context: TFormContext, token: string): Promise<Response> {
  const submission = await loadSubmissionForToken(context, token);
  const copy = submission ? await renderCitizenCopy(submission.id, context.language) : null;
  if (!copy) return linkExpired(context);
  return new Response(new Uint8Array(copy.pdf), {
    status: 200,
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${copy.filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
