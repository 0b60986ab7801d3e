// Pure: new elements and pages with unique keys and sensible defaults.
import {
  FIELD_TYPES,
  ZElement,
  ZPage,
  type TElement,
  type TFieldType,
  type TFormDefinition,
  type TPage,
} from "@/lib/forms/definition";
import type { TLanguage, TLocalizedText } from "@/lib/forms/localized-text";
import { elementName, listElementNodes } from "@/lib/forms/walk-definition";
import { defaultsTexts, type TDefaultsMessages } from "@/lib/i18n/defaults-texts";
import type finnishMessages from "@/lib/i18n/messages/fi.json";

export type TPaletteType = TFieldType | "heading" | "info";
export const PALETTE_TYPES: TPaletteType[] = [...FIELD_TYPES, "heading", "info"];

/** Every key and id in use (fields, headings, info texts and pages). */
export function usedNames(definition: TFormDefinition): Set<string> {
  const names = new Set(listElementNodes(definition).map((node) => elementName(node.element)));
  for (const page of definition.pages) names.add(page.id);
  return names;
}

export function uniqueName(base: string, taken: Set<string>): string {
  for (let index = 1; ; index += 1) {
    const candidate = `${base}${index}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** A new element's label in the language (lib/i18n/messages/defaults/<language>.json, "label"). */
export function defaultLabel(type: TPaletteType, language: TLanguage = "fi"): string {
  return defaultsTexts.text(language, `label.${type}`);
}

/**
 * A default text for the form: Finnish, the form's required language, and also the editor's language when the
 * form has it, so the canvas (shown in the editor's language) shows it. Other languages stay empty, for the
 * translations panel to ask for.
 */
function defaultText(
  definition: TFormDefinition,
  language: TLanguage,
  text: (language: TLanguage) => string,
): TLocalizedText {
  const hasEditorLanguage = language !== "fi" && definition.languages.includes(language);
  return { fi: text("fi"), ...(hasEditorLanguage ? { [language]: text(language) } : {}) };
}

/** A new element of the type, valid against the schema, with a key not used elsewhere in the definition. */
export function createElement(
  type: TPaletteType,
  definition: TFormDefinition,
  extraTaken: Set<string> = new Set(),
  language: TLanguage = "fi",
): TElement {
  const taken = new Set([...usedNames(definition), ...extraTaken]);
  const name = uniqueName(type, taken);
  const label = defaultText(definition, language, (textLanguage) => defaultLabel(type, textLanguage));
  if (type === "heading") return ZElement.parse({ type, id: name, text: label });
  if (type === "info") return ZElement.parse({ type, id: name, markdown: label });
  const choice = (number: number) =>
    defaultText(definition, language, (textLanguage) =>
      defaultsTexts.text(textLanguage, "choice", { number }),
    );
  const settings =
    type === "singleChoice" || type === "multipleChoice"
      ? {
          choices: [
            { value: "vaihtoehto1", label: choice(1) },
            { value: "vaihtoehto2", label: choice(2) },
          ],
        }
      : {};
  return ZElement.parse({
    type,
    key: name,
    label,
    settings,
    ...(type === "repeatingGroup" ? { fields: [] } : {}),
  });
}

export function createPage(definition: TFormDefinition, language: TLanguage = "fi"): TPage {
  const id = uniqueName("sivu-", usedNames(definition));
  const number = definition.pages.length + 1;
  const title = defaultText(definition, language, (textLanguage) =>
    defaultsTexts.text(textLanguage, "page", { number }),
  );
  return ZPage.parse({ id, title, elements: [] });
}

/**
 * Exhaustive over the palette: `tsc` fails when a field type has no name or description in the builder's
 * message file (the palette, element cards and properties panel read `builder.types.<type>`); the message
 * file test then requires the same keys in Swedish and English.
 */
type TTypeTexts = (typeof finnishMessages)["builder"]["types"];
type TRequireEvery<TMissing extends never> = TMissing;
export type _EveryTypeHasADefaultLabel = TRequireEvery<
  Exclude<TPaletteType, keyof TDefaultsMessages["label"]>
>;
export type _EveryTypeHasAName = TRequireEvery<Exclude<TPaletteType, keyof TTypeTexts>>;
export type _EveryTypeHasADescription = TRequireEvery<
  Exclude<TPaletteType, keyof TTypeTexts["descriptions"]>
>;
