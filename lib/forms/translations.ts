import { isField, type TField, type TFormDefinition } from "./definition";
import { hasText, type TLanguage, type TLocalizedText } from "./localized-text";

/** Longest text a translation may bring for a one-line text (labels, titles, options, messages). */
export const MAX_SINGLE_LINE_TEXT = 500;
/** Longest text a translation may bring for a long text (descriptions, Markdown); also the settings' limit. */
export const MAX_LONG_TEXT = 4000;

/** What a text belongs to, so a translator (and the translations table) can tell where it appears. */
export type TTextOwner = "form" | "page" | "field" | "choice" | "heading" | "info" | "exitPage" | "settings";

export interface TTextContext {
  owner: TTextOwner;
  /** The owner's Finnish text: a field's label, a choice option's own label, a page's title. */
  ownerText: string;
  /** For a choice option, the label of its field. */
  fieldText?: string;
  /** Which text of the owner: "label", "hint", "title", "rowLabel", "errorMessages.required"… */
  part: string;
}

export interface TTextEntry {
  /** Where the text is, e.g. "pages/0/elements/2/label". */
  path: string;
  /**
   * Stable identifier that survives reordering: "field.lastName.hint", "field.pets.choice.dog",
   * "page.p1.title", "form.title". Used as the unit id of translation files.
   */
  key: string;
  /** Field key or element/page id; undefined for form-level texts. */
  elementId?: string;
  context: TTextContext;
  /** Line breaks are part of the text (Markdown, descriptions); one-line texts refuse them. */
  isMultiline: boolean;
  maxLength: number;
  text: TLocalizedText;
}

type TAdd = (
  path: string,
  key: string,
  elementId: string | undefined,
  context: TTextContext,
  text: TLocalizedText | undefined,
) => void;

function isMultilinePath(path: string): boolean {
  return (
    path.endsWith("markdown") ||
    path === "instructions" ||
    path.endsWith("description") ||
    /^exitPages\/\d+\/body$/.test(path)
  );
}

function fieldTexts(field: TField, path: string, keyPrefix: string, add: TAdd): void {
  const key = `${keyPrefix}${field.key}`;
  const context = (part: string): TTextContext => ({ owner: "field", ownerText: field.label.fi, part });
  add(`${path}/label`, `${key}.label`, field.key, context("label"), field.label);
  add(`${path}/hint`, `${key}.hint`, field.key, context("hint"), field.hint);
  for (const [name, text] of Object.entries(field.errorMessages ?? {}))
    add(
      `${path}/errorMessages/${name}`,
      `${key}.errorMessages.${name}`,
      field.key,
      context(`errorMessages.${name}`),
      text,
    );
  (field.rules ?? []).forEach((rule, index) =>
    add(
      `${path}/rules/${index}/message`,
      `${key}.rules.${index}.message`,
      field.key,
      context("ruleMessage"),
      rule.message,
    ),
  );
  if (field.type === "shortText")
    add(
      `${path}/settings/patternMessage`,
      `${key}.patternMessage`,
      field.key,
      context("patternMessage"),
      field.settings.patternMessage,
    );
  if (field.type === "singleChoice" || field.type === "multipleChoice") {
    field.settings.choices.forEach((choice, index) =>
      add(
        `${path}/settings/choices/${index}/label`,
        `${key}.choice.${choice.value}`,
        field.key,
        { owner: "choice", ownerText: choice.label.fi, fieldText: field.label.fi, part: "label" },
        choice.label,
      ),
    );
  }
  if (field.type === "repeatingGroup") {
    add(
      `${path}/settings/rowLabel`,
      `${key}.rowLabel`,
      field.key,
      context("rowLabel"),
      field.settings.rowLabel,
    );
    field.fields.forEach((child, index) => fieldTexts(child, `${path}/fields/${index}`, `${key}.`, add));
  }
}

/** Every text a person can see, in definition order. */
export function listTexts(definition: TFormDefinition): TTextEntry[] {
  const entries: TTextEntry[] = [];
  const keys = new Set<string>();
  const add: TAdd = (path, key, elementId, context, text) => {
    if (!text) return;
    // A duplicate key or choice value (a publish blocker) must still give every text its own id.
    let unique = key;
    for (let count = 2; keys.has(unique); count += 1) unique = `${key}:${count}`;
    keys.add(unique);
    const isMultiline = isMultilinePath(path);
    entries.push({
      path,
      key: unique,
      elementId,
      context,
      isMultiline,
      maxLength: isMultiline ? MAX_LONG_TEXT : MAX_SINGLE_LINE_TEXT,
      text,
    });
  };
  const formContext = (part: string): TTextContext => ({
    owner: "form",
    ownerText: definition.title.fi,
    part,
  });
  add("title", "form.title", undefined, formContext("title"), definition.title);
  add("description", "form.description", undefined, formContext("description"), definition.description);
  add("instructions", "form.instructions", undefined, formContext("instructions"), definition.instructions);
  definition.pages.forEach((page, pageIndex) => {
    const pagePath = `pages/${pageIndex}`;
    const pageContext = (part: string): TTextContext => ({ owner: "page", ownerText: page.title.fi, part });
    add(`${pagePath}/title`, `page.${page.id}.title`, page.id, pageContext("title"), page.title);
    add(
      `${pagePath}/description`,
      `page.${page.id}.description`,
      page.id,
      pageContext("description"),
      page.description,
    );
    page.elements.forEach((element, elementIndex) => {
      const path = `${pagePath}/elements/${elementIndex}`;
      if (isField(element)) fieldTexts(element, path, "field.", add);
      else if (element.type === "heading")
        add(
          `${path}/text`,
          `heading.${element.id}.text`,
          element.id,
          { owner: "heading", ownerText: element.text.fi, part: "text" },
          element.text,
        );
      else
        add(
          `${path}/markdown`,
          `info.${element.id}.markdown`,
          element.id,
          { owner: "info", ownerText: element.markdown.fi.slice(0, 40), part: "markdown" },
          element.markdown,
        );
    });
  });
  (definition.exitPages ?? []).forEach((exitPage, index) => {
    const context = (part: string): TTextContext => ({
      owner: "exitPage",
      ownerText: exitPage.title.fi,
      part,
    });
    add(
      `exitPages/${index}/title`,
      `exitPage.${exitPage.id}.title`,
      exitPage.id,
      context("title"),
      exitPage.title,
    );
    add(
      `exitPages/${index}/body`,
      `exitPage.${exitPage.id}.body`,
      exitPage.id,
      context("body"),
      exitPage.body,
    );
  });
  return entries;
}

export interface TMissingText {
  path: string;
  elementId?: string;
  /** The Finnish text, to show the translator what is needed. */
  fi: string;
}

export interface TTranslationReport {
  language: TLanguage;
  total: number;
  translated: number;
  isComplete: boolean;
  missing: TMissingText[];
}

/** Per language, the texts still missing (blank counts as missing). Defaults to the form's enabled languages. */
export function checkTranslations(
  definition: TFormDefinition,
  languages: readonly TLanguage[] = definition.languages,
): TTranslationReport[] {
  const texts = listTexts(definition);
  return languages.map((language) => {
    const missing = texts
      .filter((entry) => !hasText(entry.text, language))
      .map((entry) => ({ path: entry.path, elementId: entry.elementId, fi: entry.text.fi }));
    return {
      language,
      total: texts.length,
      translated: texts.length - missing.length,
      isComplete: missing.length === 0,
      missing,
    };
  });
}
