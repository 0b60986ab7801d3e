// The one way code outside React components gets a text: next-intl's non-React `createTranslator` over a
// namespace's message files (lib/i18n/messages/<namespace>/<locale>.json). Citizen pages (plain HTML), the
// answer validator (also in the browser bundle), the worker and e-mails all use it; admin React components use
// next-intl's hooks over lib/i18n/messages/<locale>.json. This file is the lowest layer: it imports no lib/.
import { createTranslator } from "use-intl/core";
import { LOCALES, type TLocale } from "./locales";

export interface TMessageTree {
  [key: string]: string | TMessageTree;
}
export type TTextValues = Record<string, string | number>;

/** "a" | "b.c" | ...: every key of a message tree that names a text. */
export type TTextKey<TTree> = {
  [TName in keyof TTree & string]: TTree[TName] extends string ? TName : `${TName}.${TTextKey<TTree[TName]>}`;
}[keyof TTree & string];

type TFormat = (key: string, values?: TTextValues) => string;

/**
 * Texts of one namespace in every locale. A missing text or argument throws: the message-file test keeps the
 * files complete, so a throw here is a bug in the caller, found by its tests rather than shown to a citizen.
 */
export function createTexts<TTree extends TMessageTree>(catalogue: Record<TLocale, TTree>) {
  const translators = new Map<TLocale, TFormat>();
  const translatorFor = (locale: TLocale): TFormat => {
    let translator = translators.get(locale);
    if (!translator) {
      const t = createTranslator({
        locale,
        messages: catalogue[locale],
        timeZone: "Europe/Helsinki",
        onError: (error) => {
          // The code and the original message only: argument values (answers, henkilötunnus) stay out.
          throw new Error(`Text error (${locale}): ${error.message}`);
        },
      });
      translator = (key, values) => (t as unknown as TFormat)(key, values);
      translators.set(locale, translator);
    }
    return translator;
  };

  function raw(locale: TLocale, key: TTextKey<TTree>): string {
    let node: string | TMessageTree | undefined = catalogue[locale];
    for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
    if (typeof node !== "string") throw new Error(`Text error (${locale}): no text ${key}`);
    return node;
  }

  return {
    /** The message as written, unformatted (for a template that is filled in elsewhere, as an editor's own). */
    raw,
    /** The message as written in every locale. */
    rawInEveryLocale(key: TTextKey<TTree>): Record<TLocale, string> {
      return Object.fromEntries(LOCALES.map((locale) => [locale, raw(locale, key)])) as Record<
        TLocale,
        string
      >;
    },
    /** The locale's message tree, e.g. to list its keys. */
    messages(locale: TLocale): TTree {
      return catalogue[locale];
    },
    /** The text in the locale, its ICU arguments (and plurals) filled in. */
    text(locale: TLocale, key: TTextKey<TTree>, values?: TTextValues): string {
      return translatorFor(locale)(key, values);
    },
    /** The same text in every locale. */
    inEveryLocale(key: TTextKey<TTree>, values?: TTextValues): Record<TLocale, string> {
      return Object.fromEntries(
        LOCALES.map((locale) => [locale, translatorFor(locale)(key, values)]),
      ) as Record<TLocale, string>;
    },
    /** The text with every argument shown as "…" (the builder shows a default it will fill in later). */
    template(locale: TLocale, key: TTextKey<TTree>): string {
      const source = raw(locale, key);
      const names = new Set([...source.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => match[1]!));
      const SENTINEL = 987654321; // a number, so a plural picks its "other" words
      const values = Object.fromEntries([...names].map((name) => [name, SENTINEL]));
      return translatorFor(locale)(key, values).replaceAll(String(SENTINEL), "…");
    },
  };
}
