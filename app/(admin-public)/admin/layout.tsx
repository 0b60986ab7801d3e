import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/admin/language-switch";

export default async function PublicAdminLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("common");
  return (
    <NextIntlClientProvider>
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      <header className="border-b-4 border-fi-brand-base">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <span className="text-2xl font-semibold text-fi-brand-base">
            {t("appName")}{" "}
            <span className="text-base font-normal text-fi-black-light-1">{t("adminArea")}</span>
          </span>
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        {children}
      </main>
    </NextIntlClientProvider>
  );
}
