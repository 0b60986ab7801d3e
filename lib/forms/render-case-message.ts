// A case message exactly as the citizen will see it: the template of its kind in the submission's language,
// placeholders filled once, then normalised as Suomi.fi counts it. Pure and browser-safe: the send panel's
// preview and the server's send are this one function, so what the handler sees is what is sent.
import {
  defaultCaseMessageTemplate,
  effectiveCaseMessageTemplate,
  fillPlaceholders,
  type TCaseMessageTemplateKind,
  type TCaseMessageTemplates,
} from "./case-message-templates";
import { outgoingTexts } from "@/lib/i18n/outgoing-texts";
import type { TLanguage } from "./localized-text";
import { MESSAGE_BODY_LIMIT, normaliseMessageText } from "./render-answers-text";

export const CASE_MESSAGE_TITLE_LIMIT = 256;
export const CASE_MESSAGE_BODY_LIMIT = MESSAGE_BODY_LIMIT;

export type TRenderCaseMessageInput = {
  /** A template kind, "free" (the handler writes title and body) or the built-in reminder. */
  kind: TCaseMessageTemplateKind | "free" | "supplementReminder";
  templates: TCaseMessageTemplates;
  language: TLanguage;
  reference: string;
  formTitle: string;
  /** Already formatted in the submission's language (formatCaseMessageDate). */
  date: string;
  deadline?: string;
  decisionDate?: string;
  /** The handler's own part (free text of a template, or the whole body of a free message). */
  handlerText: string;
  /** Only for "free": the handler's title (empty → the default title). */
  freeTitle?: string;
};

export type TRenderedCaseMessage = {
  title: string;
  body: string;
  /** UTF-16 code units after normalisation, as Suomi.fi counts them. */
  bodyLength: number;
  isTitleTooLong: boolean;
  isBodyTooLong: boolean;
  isEmpty: boolean;
};

const collapseTitle = (title: string) => normaliseMessageText(title).replace(/\s+/g, " ").trim();

/** Collapses the blank lines an empty placeholder leaves behind and trims, after Suomi.fi's normalisation. */
const normaliseBody = (body: string) =>
  normaliseMessageText(body)
    .replace(/\n{3,}/g, "\n\n")
    .trim();

export function renderCaseMessage(input: TRenderCaseMessageInput): TRenderedCaseMessage {
  const values = {
    reference: input.reference,
    formTitle: input.formTitle,
    date: input.date,
    deadline: input.deadline ?? "",
    decisionDate: input.decisionDate ?? "",
    handlerText: normaliseMessageText(input.handlerText),
  };
  let title: string;
  let body: string;
  if (input.kind === "free") {
    // The handler's own words are never scanned for placeholders; only the built-in title is filled.
    title = input.freeTitle?.trim()
      ? input.freeTitle
      : fillPlaceholders(outgoingTexts.raw(input.language, "caseMessages.free.title"), "free", values);
    body = values.handlerText;
  } else {
    const template =
      input.kind === "supplementReminder"
        ? defaultCaseMessageTemplate("supplementReminder")
        : effectiveCaseMessageTemplate(input.templates, input.kind);
    const pick = (text: Partial<Record<TLanguage, string>>) =>
      text[input.language]?.trim() ? text[input.language]! : (text.fi ?? "");
    title = fillPlaceholders(pick(template.title), input.kind, values);
    body = fillPlaceholders(pick(template.body), input.kind, values);
  }
  const finalTitle = collapseTitle(title);
  const finalBody = normaliseBody(body);
  return {
    title: finalTitle,
    body: finalBody,
    bodyLength: finalBody.length,
    isTitleTooLong: finalTitle.length > CASE_MESSAGE_TITLE_LIMIT,
    isBodyTooLong: finalBody.length > CASE_MESSAGE_BODY_LIMIT,
    isEmpty: finalBody === "" || finalTitle === "",
  };
}

/** Finnish conventions (20.12.2026) in Swedish too; English as in the UK. */
const intlLocale = (language: TLanguage) => (language === "en" ? "en-GB" : `${language}-FI`);

/** A day as the citizen reads it: a calendar date "YYYY-MM-DD" as is, a moment as its day in Finland. */
export function formatCaseMessageDate(value: string | Date, language: TLanguage): string {
  const isCalendarDate = typeof value === "string";
  const date = isCalendarDate ? new Date(`${value}T00:00:00Z`) : value;
  return new Intl.DateTimeFormat(intlLocale(language), {
    day: "numeric",
    month: "numeric",
    year: "numeric",
    timeZone: isCalendarDate ? "UTC" : "Europe/Helsinki",
  }).format(date);
}
