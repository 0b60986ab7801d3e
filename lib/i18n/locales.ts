export const LOCALES = ["fi", "sv", "en"] as const;
export type TLocale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: TLocale = "fi";
export const LOCALE_COOKIE = "lomake-locale";

export function isLocale(value: unknown): value is TLocale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** Each language's name in itself ("svenska"), the same in every interface language: data, not a translation. */
export const LANGUAGE_ENDONYMS: Record<TLocale, string> = { fi: "suomi", sv: "svenska", en: "English" };
