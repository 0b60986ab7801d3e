// Browser-safe: a form's texts as a translator gets them, whatever the file format (XLIFF 2.0 or XLSX).
import type { TLanguage } from "@/lib/forms/localized-text";
import type { TTextEntry } from "@/lib/forms/translations";
import type { TLocale } from "@/lib/i18n/locales";
import { describeTextContext } from "./describe-text-context";

export const TRANSLATION_TARGET_LANGUAGES = ["sv", "en"] as const satisfies readonly TLanguage[];
export type TTranslationTargetLanguage = (typeof TRANSLATION_TARGET_LANGUAGES)[number];
export const TRANSLATION_FORMATS = ["xliff", "xlsx"] as const;
export type TTranslationFormat = (typeof TRANSLATION_FORMATS)[number];

export interface TTranslationUnit {
  /** The text's stable key, e.g. "field.lastName.hint". */
  key: string;
  /** Where the text appears, in the editor's language. */
  context: string;
  /** The Finnish text the translation was made from. */
  source: string;
  /** The translation; undefined when the file has none. */
  target?: string;
}

export interface TTranslationDocument {
  formId: string;
  /** The draft revision the texts were taken from. */
  revision: number;
  formTitle: string;
  sourceLanguage: TLanguage;
  targetLanguage: string;
  units: TTranslationUnit[];
}

/** The document an export writes: every text, its context and its current translation. */
export function buildTranslationDocument(input: {
  formId: string;
  revision: number;
  formTitle: string;
  targetLanguage: TTranslationTargetLanguage;
  entries: TTextEntry[];
  locale: TLocale;
}): TTranslationDocument {
  return {
    formId: input.formId,
    revision: input.revision,
    formTitle: input.formTitle,
    sourceLanguage: "fi",
    targetLanguage: input.targetLanguage,
    units: input.entries.map((entry) => {
      const target = entry.text[input.targetLanguage];
      return {
        key: entry.key,
        context: describeTextContext(entry.context, input.locale),
        source: entry.text.fi,
        ...(target !== undefined && target.trim() !== "" && { target }),
      };
    }),
  };
}

/** "asukaspysakointi-r12-sv.xlf": the form's slug and draft revision, so files of two drafts never mix up. */
export function translationFileName(
  slug: string,
  revision: number,
  language: TTranslationTargetLanguage,
  format: TTranslationFormat,
): string {
  return `${slug}-r${revision}-${language}.${format === "xliff" ? "xlf" : "xlsx"}`;
}
