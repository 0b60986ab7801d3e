import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDashboard } from "@/lib/accounts/get-dashboard";
import { requireAdmin } from "@/lib/auth/require-admin";

export default async function DashboardPage() {
  const context = await requireAdmin();
  const [t, tRoles, dashboard] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("roles"),
    getDashboard(context.organization.id),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-2">{t("welcome", { name: context.user.name ?? context.user.email })}</p>
      <p className="text-fi-black-light-1">
        {t("roleLine", { organization: context.organization.name, role: tRoles(context.role) })}
      </p>
      <p className="mt-4">
        {t("formsCount", { count: dashboard.formCount })} · {t("membersCount", { count: dashboard.memberCount })}
      </p>
      {dashboard.formCount === 0 ? (
        <section className="panel mt-6" aria-labelledby="empty-title">
          <h2 id="empty-title">{t("emptyTitle")}</h2>
          <p className="mt-2">{t("emptyBody")}</p>
          <ol className="mt-2 list-decimal pl-6">
            <li>{t("stepConnection")}</li>
            <li>
              {t("stepMembers")}{" "}
              {context.role === "owner" ? <Link href="/admin/members">{t("membersLink")}</Link> : null}
            </li>
            <li>{t("stepForm")}</li>
          </ol>
        </section>
      ) : null}
    </>
  );
}
