import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HealthPanel } from "@/components/admin/delivery/health-panel";
import { FormStatusBadge } from "@/components/form-builder/form-status-badge";
import { getDashboard } from "@/lib/accounts/get-dashboard";
import { hasPermission } from "@/lib/auth/roles";
import { requireAdmin } from "@/lib/auth/require-admin";
import { getOrganizationHealth } from "@/lib/delivery/get-organization-health";
import { countWaitingByService } from "@/lib/inbox/list-inbox";
import { listForms } from "@/lib/form-admin/manage-forms";

const FORMS_SHOWN = 5;

export default async function DashboardPage() {
  const context = await requireAdmin();
  const canReadSubmissions = hasPermission(context.role, "submissions.read");
  const [t, tRoles, tForms, dashboard, forms, health, waiting] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("roles"),
    getTranslations("forms"),
    getDashboard(context.organization.id),
    listForms(context.organization.id),
    canReadSubmissions ? getOrganizationHealth(context.organization.id) : null,
    canReadSubmissions ? countWaitingByService(context.organization.id) : [],
  ]);
  const activeForms = forms.filter((form) => form.status !== "archived");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-2">{t("welcome", { name: context.user.name ?? context.user.email })}</p>
      <p className="text-fi-black-light-1">
        {t("roleLine", { organization: context.organization.name, role: tRoles(context.role) })}
      </p>
      <p className="mt-4">
        {t("formsCount", { count: dashboard.formCount })} ·{" "}
        {t("membersCount", { count: dashboard.memberCount })}
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
      ) : (
        <section className="mt-8" aria-labelledby="forms-title">
          <h2 id="forms-title">{t("formsTitle")}</h2>
          <table className="data-table responsive-table mt-4">
            <thead>
              <tr>
                <th scope="col">{tForms("name")}</th>
                <th scope="col">{tForms("status")}</th>
                <th scope="col">{tForms("submissions")}</th>
              </tr>
            </thead>
            <tbody>
              {activeForms.slice(0, FORMS_SHOWN).map((form) => (
                <tr key={form.id}>
                  <td data-label={tForms("name")}>
                    <Link href={`/admin/forms/${form.id}/settings`}>{form.title}</Link>
                  </td>
                  <td data-label={tForms("status")}>
                    <FormStatusBadge status={form.status} label={tForms(`statuses.${form.status}`)} />
                  </td>
                  <td data-label={tForms("submissions")}>{form.submissionCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-3">
            <Link href="/admin/forms">{t("allForms", { count: activeForms.length })}</Link>
          </p>
        </section>
      )}
      {waiting.length > 0 ? (
        <section className="mt-8" aria-labelledby="waiting-title" data-testid="dashboard-waiting">
          <h2 id="waiting-title">{t("waitingTitle")}</h2>
          <table className="data-table responsive-table mt-4">
            <thead>
              <tr>
                <th scope="col">{t("waitingService")}</th>
                <th scope="col">{t("waitingNew")}</th>
                <th scope="col">{t("waitingInProgress")}</th>
                <th scope="col">{t("waitingMessages")}</th>
              </tr>
            </thead>
            <tbody>
              {waiting.map((service) => (
                <tr key={service.id} data-testid="waiting-service">
                  <th scope="row" data-label={t("waitingService")}>
                    {service.name}
                  </th>
                  <td data-label={t("waitingNew")}>
                    <Link href={`/admin/submissions?service=${service.id}&handled=no`}>
                      {service.newSubmissions}
                    </Link>
                  </td>
                  <td data-label={t("waitingInProgress")}>{service.submissionsInProgress}</td>
                  <td data-label={t("waitingMessages")}>
                    <Link href={`/admin/inbox?service=${service.id}`}>{service.openMessages}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {health?.hasConnection ? <HealthPanel health={health} /> : null}
    </>
  );
}
