import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/components/admin/set-locale-action";
import { LOCALES } from "@/lib/i18n/locales";

/** Plain forms, so switching works without JavaScript too. */
export async function LanguageSwitch() {
  const [locale, t, ...inEachLocale] = await Promise.all([
    getLocale(),
    getTranslations("common"),
    ...LOCALES.map((code) => getTranslations({ locale: code, namespace: "common" })),
  ]);
  // Each language is offered in itself ("På svenska"): its own message file's name for it.
  const nameOf = (code: (typeof LOCALES)[number]) => inEachLocale[LOCALES.indexOf(code)]!("languageName");
  return (
    <nav aria-label={t("language")} className="flex gap-1">
      {LOCALES.map((code) =>
        code === locale ? (
          <span key={code} lang={code} aria-current="true" className="px-2 py-1 font-semibold">
            {nameOf(code)}
          </span>
        ) : (
          <form key={code} action={setLocaleAction}>
            <input type="hidden" name="locale" value={code} />
            <button type="submit" lang={code} className="px-2 py-1 text-fi-highlight-dark-1 underline">
              {nameOf(code)}
            </button>
          </form>
        ),
      )}
    </nav>
  );
}
