// What every form route needs: the published form, the page language, the person's draft (from the cookie),
// the form's addresses and the document chrome.
import "server-only";
import type { ReactNode } from "react";
import { createElement, Fragment } from "react";
import { filingBanner } from "./filing-banner";
import {
  CitizenDocument,
  renderDocument,
  type TCitizenDocumentProps,
} from "@/components/citizen/citizen-document";
import { citizenText } from "@/components/citizen/citizen-messages";
import { findDraftByToken, type TDraft } from "@/lib/citizen/drafts";
import {
  findIdentifiedPerson,
  SESSION_COOKIE,
  type TIdentifiedPerson,
} from "@/lib/identification/identification-session";
import { loadPublicForm, loadVersionDefinition, type TPublicForm } from "@/lib/citizen/load-public-form";
import type { TFormDefinition } from "@/lib/forms/definition";
import { localize, type TLanguage } from "@/lib/forms/localized-text";
import {
  htmlResponse,
  readCookie,
  requestLanguage,
  type TCookie,
  type TResponseOptions,
} from "./citizen-http";

export const DRAFT_COOKIE = "lomake_draft";

export type TFormUrls = ReturnType<typeof formUrls>;

export function formUrls(organizationSlug: string, formSlug: string, language: TLanguage) {
  const base = `/f/${organizationSlug}/${formSlug}`;
  const withLanguage = (path: string, extra = "") => {
    const query = [language === "fi" ? "" : `lang=${language}`, extra].filter(Boolean).join("&");
    return query ? `${path}?${query}` : path;
  };
  return {
    base,
    organization: withLanguage(`/f/${organizationSlug}`),
    start: withLanguage(base),
    step: (pageId: string, extra = "") => withLanguage(`${base}/step/${encodeURIComponent(pageId)}`, extra),
    check: withLanguage(`${base}/check`),
    forWhom: withLanguage(`${base}/for-whom`),
    exit: withLanguage(`${base}/exit`),
    save: withLanguage(`${base}/save`),
    privacy: withLanguage(`${base}/privacy`),
    accessibility: withLanguage(`/f/accessibility`),
    resumePath: (token: string) => `${base}/resume/${token}`,
    send: (token: string) => withLanguage(`${base}/send/${token}`),
    sendFile: (token: string, fileId: string) => `${base}/send/${token}/file/${fileId}`,
    /** Carries the language (never anything personal): the citizen comes back to pages in their language. */
    returnPath: (token: string) => withLanguage(`${base}/return/${token}`),
    withLanguage,
  };
}

export type TFormContext = {
  request: Request;
  form: TPublicForm;
  language: TLanguage;
  draft: TDraft | null;
  draftToken: string | undefined;
  /** The draft's version (may be older than the live one) or the live version. */
  definition: TFormDefinition;
  urls: TFormUrls;
  /** The Suomi.fi-identified person of this browser, for forms that use identification. */
  identified: TIdentifiedPerson | null;
};

export async function loadFormContext(
  request: Request,
  params: { org: string; form: string },
): Promise<TFormContext | null> {
  const form = await loadPublicForm(params.org, params.form);
  if (!form) return null;
  const language = requestLanguage(request, form.definition.languages);
  const draftToken = readCookie(request, DRAFT_COOKIE);
  const draft = await findDraftByToken(draftToken, form.id);
  const definition = draft ? await loadVersionDefinition(draft.formVersionId) : form.definition;
  const identified =
    form.identification === "none"
      ? null
      : await findIdentifiedPerson(readCookie(request, SESSION_COOKIE), form.organizationId);
  return {
    identified,
    request,
    form,
    language,
    draft,
    draftToken,
    definition,
    urls: formUrls(form.organizationSlug, form.slug, language),
  };
}

/** The same context in another of the form's languages (a language the form does not offer stays as it was). */
export function withLanguage(context: TFormContext, language: TLanguage): TFormContext {
  if (!context.form.definition.languages.includes(language)) return context;
  const { form } = context;
  return { ...context, language, urls: formUrls(form.organizationSlug, form.slug, language) };
}

export function draftCookie(context: TFormContext, token: string): TCookie {
  return {
    name: DRAFT_COOKIE,
    value: token,
    path: context.urls.base,
    maxAgeSeconds: context.form.draftLifetimeDays * 86400,
  };
}

export function clearDraftCookie(context: TFormContext): TCookie {
  return { name: DRAFT_COOKIE, value: "", path: context.urls.base, maxAgeSeconds: 0 };
}

/** Links to the same address in the form's other languages (answers live in the draft, so nothing is lost). */
export function languageLinks(context: TFormContext): TCitizenDocumentProps["languageLinks"] {
  const url = new URL(context.request.url);
  return context.form.definition.languages.map((language) => {
    const params = new URLSearchParams(url.search);
    if (language === "fi") params.delete("lang");
    else params.set("lang", language);
    const query = params.toString();
    return { language, href: `${url.pathname}${query ? `?${query}` : ""}` };
  });
}

export async function renderFormPage(
  context: TFormContext,
  page: { title: string; hasErrors?: boolean; isEnhanced?: boolean; scriptData?: unknown; body: ReactNode },
  options: TResponseOptions = {},
): Promise<Response> {
  return htmlResponse(context.request, await renderFormHtml(context, page), options);
}

export async function renderFormHtml(
  context: TFormContext,
  page: { title: string; hasErrors?: boolean; isEnhanced?: boolean; scriptData?: unknown; body: ReactNode },
): Promise<string> {
  const { form, language, urls } = context;
  const banner = filingBanner(language, context.draft?.filing ?? null);
  return renderDocument(
    createElement(CitizenDocument, {
      language,
      title: page.title,
      hasErrors: page.hasErrors,
      organizationName: form.organizationName,
      homeHref: urls.organization,
      languageLinks: languageLinks(context),
      isEnhanced: page.isEnhanced,
      scriptData: page.scriptData,
      footerLinks: [
        { href: accessibilityStatementHref(context), label: citizenText(language, "accessibility") },
        { href: urls.privacy, label: citizenText(language, "privacy") },
      ],
      content: banner
        ? createElement(
            Fragment,
            null,
            createElement(
              "div",
              { className: "notice notice--info filing-banner", "data-filing-banner": "" },
              createElement("p", null, createElement("strong", null, banner)),
            ),
            page.body,
          )
        : page.body,
    }),
  );
}

/**
 * The form's own accessibility statement (an address the organisation publishes, set per form), else the
 * service's default statement page. Only http(s) addresses are used as links.
 */
export function accessibilityStatementHref(context: TFormContext): string {
  const configured = context.form.accessibilityStatementUrl?.trim();
  if (configured && /^https?:\/\/[^\s]+$/i.test(configured)) {
    try {
      return new URL(configured).toString();
    } catch {
      // A malformed address falls back to the default page.
    }
  }
  return context.urls.accessibility;
}

export function formTitle(context: TFormContext): string {
  return localize(context.definition.title, context.language);
}
