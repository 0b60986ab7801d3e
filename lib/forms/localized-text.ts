import * as z from "zod";

export const LANGUAGES = ["fi", "sv", "en"] as const;
export const ZLanguage = z.enum(LANGUAGES);
export type TLanguage = z.infer<typeof ZLanguage>;

/** Every text an end user sees. Finnish is required; Swedish and English are optional per form. */
export const ZLocalizedText = z
  .object({
    fi: z.string(),
    sv: z.string().optional(),
    en: z.string().optional(),
  })
  .strict()
  .meta({ id: "LocalizedText" });
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

/** The text in the wanted language, falling back to Finnish when a translation is missing or blank. */
export function localize(text: TLocalizedText | undefined, language: TLanguage): string {
  if (!text) return "";
  const translated = text[language];
  return translated !== undefined && translated.trim() !== "" ? translated : text.fi;
}

export function hasText(text: TLocalizedText | undefined, language: TLanguage): boolean {
  const value = text?.[language];
  return value !== undefined && value.trim() !== "";
}
