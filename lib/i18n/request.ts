// next-intl request configuration (no locale in admin URLs): the language comes from the user's cookie, unless
// a caller asks for one (`getTranslations({ locale })`, e.g. the language switch names each language in itself).
import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";

export default getRequestConfig(async ({ locale: requestedLocale }) => {
  const cookieLocale = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(requestedLocale)
    ? requestedLocale
    : isLocale(cookieLocale)
      ? cookieLocale
      : DEFAULT_LOCALE;
  const messages = (await import(`./messages/${locale}.json`)).default;
  return { locale, messages, timeZone: "Europe/Helsinki" };
});
