import { isField, type TField, type TFormDefinition } from "./definition";
import { hasText, type TLanguage, type TLocalizedText } from "./localized-text";

export interface TTextEntry {
  /** Where the text is, e.g. "pages/0/elements/2/label". */
  path: string;
  /** Field key or element/page id; undefined for form-level texts. */
  elementId?: string;
  text: TLocalizedText;
}

function fieldTexts(
  field: TField,
  path: string,
  add: (path: string, elementId: string | undefined, text: TLocalizedText | undefined) => void,
): void {
  add(`${path}/label`, field.key, field.label);
  add(`${path}/hint`, field.key, field.hint);
  for (const [key, text] of Object.entries(field.errorMessages ?? {}))
    add(`${path}/errorMessages/${key}`, field.key, text);
  (field.rules ?? []).forEach((rule, index) =>
    add(`${path}/rules/${index}/message`, field.key, rule.message),
  );
  if (field.type === "shortText")
    add(`${path}/settings/patternMessage`, field.key, field.settings.patternMessage);
  if (field.type === "singleChoice" || field.type === "multipleChoice") {
    field.settings.choices.forEach((choice, index) =>
      add(`${path}/settings/choices/${index}/label`, field.key, choice.label),
    );
  }
  if (field.type === "repeatingGroup") {
    add(`${path}/settings/rowLabel`, field.key, field.settings.rowLabel);
    field.fields.forEach((child, index) => fieldTexts(child, `${path}/fields/${index}`, add));
  }
}

/** Every text a person can see, in definition order. */
export function listTexts(definition: TFormDefinition): TTextEntry[] {
  const entries: TTextEntry[] = [];
  const add = (path: string, elementId: string | undefined, text: TLocalizedText | undefined) => {
    if (text) entries.push({ path, elementId, text });
  };
  add("title", undefined, definition.title);
  add("description", undefined, definition.description);
  add("instructions", undefined, definition.instructions);
  definition.pages.forEach((page, pageIndex) => {
    const pagePath = `pages/${pageIndex}`;
    add(`${pagePath}/title`, page.id, page.title);
    add(`${pagePath}/description`, page.id, page.description);
    page.elements.forEach((element, elementIndex) => {
      const path = `${pagePath}/elements/${elementIndex}`;
      if (isField(element)) fieldTexts(element, path, add);
      else if (element.type === "heading") add(`${path}/text`, element.id, element.text);
      else add(`${path}/markdown`, element.id, element.markdown);
    });
  });
  (definition.exitPages ?? []).forEach((exitPage, index) => {
    add(`exitPages/${index}/title`, exitPage.id, exitPage.title);
    add(`exitPages/${index}/body`, exitPage.id, exitPage.body);
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
