// The case messages a handler sends after the receipt, as a form's settings hold them: per kind a title and a
// body in each language, with placeholders from a fixed list. Pure and browser-safe (the settings page checks
// and previews with the same code the server sends with).
import * as z from "zod";
import { outgoingTexts } from "@/lib/i18n/outgoing-texts";
import { LANGUAGES, type TLanguage } from "./localized-text";

/** Kinds with a template in the form's settings; "free" is written from scratch, the reminder is built in. */
export const CASE_MESSAGE_TEMPLATE_KINDS = [
  "casePending",
  "processing",
  "supplementRequest",
  "decision",
] as const;
export type TCaseMessageTemplateKind = (typeof CASE_MESSAGE_TEMPLATE_KINDS)[number];

/** Placeholders every template may use, and those only one kind has. Exhaustive over the kinds. */
const COMMON_PLACEHOLDERS = ["reference", "formTitle", "date", "handlerText"] as const;
export const CASE_MESSAGE_PLACEHOLDERS = {
  casePending: [...COMMON_PLACEHOLDERS],
  processing: [...COMMON_PLACEHOLDERS, "decisionDate"],
  supplementRequest: [...COMMON_PLACEHOLDERS, "deadline"],
  supplementReminder: ["reference", "formTitle", "date", "deadline"],
  decision: [...COMMON_PLACEHOLDERS],
  free: ["reference", "formTitle", "date"],
} as const satisfies Record<TCaseMessageTemplateKind | "supplementReminder" | "free", readonly string[]>;
export type TCaseMessagePlaceholder =
  (typeof CASE_MESSAGE_PLACEHOLDERS)[keyof typeof CASE_MESSAGE_PLACEHOLDERS][number];

const ZTemplateText = z.object({
  fi: z.string().max(4000).optional(),
  sv: z.string().max(4000).optional(),
  en: z.string().max(4000).optional(),
});
export const ZCaseMessageTemplate = z.object({ title: ZTemplateText, body: ZTemplateText });
export type TCaseMessageTemplate = z.infer<typeof ZCaseMessageTemplate>;
/** As stored on the form: a kind left out uses the default texts, in every language. */
export const ZCaseMessageTemplates = z.partialRecord(
  z.enum(CASE_MESSAGE_TEMPLATE_KINDS),
  ZCaseMessageTemplate,
);
export type TCaseMessageTemplates = z.infer<typeof ZCaseMessageTemplates>;

/** The built-in texts (lib/i18n/messages/outgoing/<language>.json, "caseMessages"). */
export function defaultCaseMessageTemplate(
  kind: TCaseMessageTemplateKind | "supplementReminder",
): Required<{ title: Record<TLanguage, string>; body: Record<TLanguage, string> }> {
  return {
    title: outgoingTexts.rawInEveryLocale(`caseMessages.${kind}.title`),
    body: outgoingTexts.rawInEveryLocale(`caseMessages.${kind}.body`),
  };
}

/** The stored templates read defensively: anything unreadable counts as "not written", i.e. the defaults. */
export function readCaseMessageTemplates(value: unknown): TCaseMessageTemplates {
  return ZCaseMessageTemplates.safeParse(value ?? {}).data ?? {};
}

/** The template a form uses for `kind`: its own when written, else the default. */
export function effectiveCaseMessageTemplate(
  templates: TCaseMessageTemplates,
  kind: TCaseMessageTemplateKind,
): TCaseMessageTemplate {
  return templates[kind] ?? defaultCaseMessageTemplate(kind);
}

const PLACEHOLDER = /\{([^{}\s]*)\}/g;

/** The `{names}` a text uses that `kind` does not offer. */
export function findUnknownPlaceholders(
  text: string,
  kind: keyof typeof CASE_MESSAGE_PLACEHOLDERS,
): string[] {
  const known: readonly string[] = CASE_MESSAGE_PLACEHOLDERS[kind];
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1]!))].filter(
    (name) => !known.includes(name),
  );
}

/**
 * Fills the placeholders `kind` offers, once, in one pass over the template: a value is inserted as it is and
 * never read again, so braces in the handler's or citizen's text stay text. Anything else is left untouched.
 */
export function fillPlaceholders(
  template: string,
  kind: keyof typeof CASE_MESSAGE_PLACEHOLDERS,
  values: Partial<Record<TCaseMessagePlaceholder, string>>,
): string {
  const known: readonly string[] = CASE_MESSAGE_PLACEHOLDERS[kind];
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!known.includes(name)) return whole;
    return values[name as TCaseMessagePlaceholder] ?? "";
  });
}

export type TCaseMessageTemplateProblem =
  | { problem: "missing"; kind: TCaseMessageTemplateKind; part: "title" | "body"; language: TLanguage }
  | {
      problem: "unknownPlaceholder";
      kind: TCaseMessageTemplateKind;
      language: TLanguage;
      placeholder: string;
    };

/** What keeps the templates from being sent in every language of the form (named findings, no I/O). */
export function checkCaseMessageTemplates(
  templates: TCaseMessageTemplates,
  languages: readonly TLanguage[],
): TCaseMessageTemplateProblem[] {
  const problems: TCaseMessageTemplateProblem[] = [];
  for (const kind of CASE_MESSAGE_TEMPLATE_KINDS) {
    const template = effectiveCaseMessageTemplate(templates, kind);
    for (const language of LANGUAGES.filter((candidate) => languages.includes(candidate))) {
      for (const part of ["title", "body"] as const) {
        const text = template[part][language] ?? "";
        if (text.trim() === "") problems.push({ problem: "missing", kind, part, language });
        for (const placeholder of findUnknownPlaceholders(text, kind))
          problems.push({ problem: "unknownPlaceholder", kind, language, placeholder });
      }
    }
  }
  return problems;
}
