// Start page, save-for-later, resume link, privacy notice.
import "server-only";
import { createElement } from "react";
import { citizenText, formatDay } from "@/components/citizen/citizen-messages";
import { SavedPage } from "@/components/citizen/simple-pages";
import { StartPage } from "@/components/citizen/start-page";
import { findDraftByToken } from "@/lib/citizen/drafts";
import { formAvailability } from "@/lib/citizen/load-public-form";
import { isOnBehalfForm } from "@/lib/citizen/decide-filing";
import { firstIncompletePageId } from "@/lib/citizen/page-flow";
import { withDraftFiles } from "@/lib/citizen/draft-answers";
import { estimateMinutes } from "@/lib/citizen/estimate-minutes";
import { localize } from "@/lib/forms/localized-text";
import { renderSafeMarkdown } from "@/lib/forms/safe-markdown";
import { sendMail } from "@/lib/mail/send-mail";
import { absoluteUrl, isForeignOrigin, readPostedBody, redirectResponse } from "./citizen-http";
import { draftCookie, formUrls, renderFormPage, type TFormContext } from "./form-context";
import { forbiddenResponse, messageResponse } from "./message-responses";
import { closesAtText } from "./sendability";
import { refusedPostResponse } from "./rate-limited";
import { formatDateTime } from "@/components/citizen/citizen-messages";
import { identificationFormActionOrigins, identificationPanel } from "./identification-hooks";

export async function getStart(context: TFormContext): Promise<Response> {
  const { form, language, urls, draft } = context;
  const definition = form.definition;
  const availability = formAvailability(form);
  const state = availability === "open" && form.isPaused ? "paused" : availability;
  const continueHref = draft
    ? urls.step(
        firstIncompletePageId(
          context.definition,
          withDraftFiles(draft.answers, draft.files),
          draft.completedPageIds,
          language,
        ) ?? context.definition.pages[0]!.id,
      )
    : undefined;
  return renderFormPage(
    context,
    {
      title: localize(definition.title, language),
      body: createElement(StartPage, {
        language,
        title: localize(definition.title, language),
        description: localize(definition.description, language),
        instructionsHtml: definition.instructions
          ? renderSafeMarkdown(localize(definition.instructions, language))
          : "",
        pageCount: definition.pages.length,
        minutes: estimateMinutes(definition),
        state,
        stateDate:
          state === "notYetOpen" && form.opensAt
            ? formatDateTime(form.opensAt, language)
            : closesAtText(context),
        closedMessage: localize(form.closedMessage ?? undefined, language),
        pauseMessage: localize(form.pauseMessage ?? undefined, language),
        // A form one may file for others first asks for whom (checked in Suomi.fi Valtuudet).
        startHref:
          context.identified && isOnBehalfForm(form.filingSettings) && !draft?.filing
            ? urls.forWhom
            : urls.step(definition.pages[0]!.id),
        continueHref,
        privacyHref: urls.privacy,
        identification: identificationPanel(context),
      }),
    },
    {
      status: availability === "closed" ? 410 : 200,
      formActionOrigins: await identificationFormActionOrigins(context),
    },
  );
}

export async function getSaved(
  context: TFormContext,
  emailState?: Parameters<typeof SavedPage>[0]["emailState"],
): Promise<Response> {
  const { draft, draftToken, language, urls, request } = context;
  if (!draft || !draftToken) return redirectResponse(request, urls.start);
  return renderFormPage(context, {
    title: citizenText(language, "savedTitle"),
    hasErrors: emailState?.kind === "invalid",
    isEnhanced: true,
    body: createElement(SavedPage, {
      language,
      resumeUrl: absoluteUrl(request, urls.resumePath(draftToken)),
      expiresOn: formatDay(draft.expiresAt, language),
      emailAction: urls.save,
      emailState,
      continueHref: urls.start,
    }),
  });
}

export async function postSaved(context: TFormContext): Promise<Response> {
  const { draft, draftToken, language, request, form } = context;
  if (isForeignOrigin(request)) return forbiddenResponse(request, language);
  if (!draft || !draftToken) return redirectResponse(request, context.urls.start);
  const body = await readPostedBody(request);
  if (typeof body === "string") return refusedPostResponse(request, language, body);
  const email = typeof body.fields.email === "string" ? body.fields.email.trim() : "";
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254)
    return getSaved(context, { kind: "invalid", value: email });
  const formName = localize(form.definition.title, language);
  const isSent = await sendMail({
    to: email,
    subject: citizenText(language, "emailSubject", { form: formName }),
    text: citizenText(language, "emailBody", {
      form: formName,
      date: formatDay(draft.expiresAt, language),
      link: absoluteUrl(request, context.urls.resumePath(draftToken)),
    }),
  });
  return getSaved(context, isSent ? { kind: "sent", email } : { kind: "notConfigured" });
}

export async function getResume(context: TFormContext, token: string): Promise<Response> {
  const { language, request, urls, form } = context;
  const draft = await findDraftByToken(token, form.id);
  if (!draft) {
    return messageResponse(
      request,
      language,
      {
        title: citizenText(language, "linkExpiredTitle"),
        paragraphs: [citizenText(language, "resumeInvalid")],
        links: [{ href: urls.start, label: citizenText(language, "backToForm") }],
      },
      404,
    );
  }
  const { loadVersionDefinition } = await import("@/lib/citizen/load-public-form");
  const definition = await loadVersionDefinition(draft.formVersionId);
  const next = firstIncompletePageId(
    definition,
    withDraftFiles(draft.answers, draft.files),
    draft.completedPageIds,
    language,
  );
  const resumedLanguage = new URL(request.url).searchParams.has("lang") ? language : draft.language;
  const resumeUrls = formUrls(
    form.organizationSlug,
    form.slug,
    form.definition.languages.includes(resumedLanguage) ? resumedLanguage : language,
  );
  const target = next ? resumeUrls.step(next) : resumeUrls.check;
  return redirectResponse(request, target, [draftCookie(context, token)]);
}

export async function getPrivacy(context: TFormContext): Promise<Response> {
  const { form, language, urls } = context;
  const formName = localize(form.definition.title, language);
  const notice = localize(form.privacyNotice ?? undefined, language);
  return renderFormPage(
    context,
    {
      title: citizenText(language, "privacyTitle", { form: formName }),
      body: createElement(
        "div",
        null,
        createElement("h1", null, citizenText(language, "privacyTitle", { form: formName })),
        createElement(
          "p",
          null,
          citizenText(language, "privacyController", { organization: form.organizationName }),
        ),
        notice
          ? createElement("div", {
              className: "prose",
              dangerouslySetInnerHTML: { __html: renderSafeMarkdown(notice) },
            })
          : createElement(
              "p",
              null,
              citizenText(language, "privacyMissing", { organization: form.organizationName }),
            ),
        createElement(
          "p",
          null,
          createElement("a", { href: urls.start }, citizenText(language, "backToForm")),
        ),
      ),
    },
    { cacheControl: "public, max-age=60" },
  );
}
