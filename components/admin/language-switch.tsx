import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/components/admin/set-locale-action";
import { LOCALES } from "@/lib/i18n/locales";

const NAMES = { fi: "Suomeksi", sv: "På svenska", en: "In English" } as const;

/** Plain forms, so switching works without JavaScript too. */
export async function LanguageSwitch() {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <nav aria-label={t("language")} className="flex gap-1">
      {LOCALES.map((code) =>
        code === locale ? (
          <span key={code} lang={code} aria-current="true" className="px-2 py-1 font-semibold">
            {NAMES[code]}
          </span>
        ) : (
          <form key={code} action={setLocaleAction}>
            <input type="hidden" name="locale" value={code} />
            <button type="submit" lang={code} className="px-2 py-1 text-fi-highlight-dark-1 underline">
              {NAMES[code]}
            </button>
          </form>
        ),
      )}
    </nav>
  );
}
