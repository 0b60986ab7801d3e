import { getTranslations } from "next-intl/server";
import { PersonDataPanel } from "@/components/admin/privacy/person-data-panel";
import { requireAdmin } from "@/lib/auth/require-admin";
import { eraseCompanyAction, erasePersonAction, findCompanyAction, findPersonAction } from "./actions";

export default async function PrivacyPage() {
  await requireAdmin("privacy.manage");
  const t = await getTranslations("privacy");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-2 max-w-3xl">{t("intro")}</p>
      <PersonDataPanel findAction={findPersonAction} eraseAction={erasePersonAction} />
      <h2 className="mt-10">{t("companyTitle")}</h2>
      <p className="mt-2 max-w-3xl">{t("companyIntro")}</p>
      <PersonDataPanel kind="company" findAction={findCompanyAction} eraseAction={eraseCompanyAction} />
    </>
  );
}
