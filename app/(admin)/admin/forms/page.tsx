import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { FormRowActions } from "@/components/form-builder/form-row-actions";
import { FormStatusBadge } from "@/components/form-builder/form-status-badge";
import { requireAdmin } from "@/lib/auth/require-admin";
import { hasPermission } from "@/lib/auth/roles";
import { listForms } from "@/lib/form-admin/manage-forms";
import { archiveFormAction, duplicateFormAction } from "./actions";

export default async function FormsPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const context = await requireAdmin("organization.read");
  const { q = "" } = await searchParams;
  const [t, format, forms] = await Promise.all([
    getTranslations("forms"),
    getFormatter(),
    listForms(context.organization.id, q),
  ]);
  const canEdit = hasPermission(context.role, "forms.edit");
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "short", timeStyle: "short" }) : "–";
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1>{t("title")}</h1>
        {canEdit ? (
          <Link href="/admin/forms/new" className="btn">
            {t("create")}
          </Link>
        ) : null}
      </div>
      <form role="search" method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="forms-search" className="label">
            {t("search")}
          </label>
          <input id="forms-search" name="q" type="search" defaultValue={q} className="input" />
        </div>
        <button type="submit" className="btn btn-secondary">
          {t("searchSubmit")}
        </button>
      </form>
      {forms.length === 0 ? (
        <p className="mt-6">{q ? t("noMatches", { q }) : t("empty")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="data-table responsive-table">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                <th scope="col">{t("status")}</th>
                <th scope="col">{t("window")}</th>
                <th scope="col">{t("version")}</th>
                <th scope="col">{t("submissions")}</th>
                <th scope="col">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {forms.map((form) => (
                <tr key={form.id} data-testid={`form-row-${form.slug}`}>
                  <td data-label={t("name")}>
                    {canEdit && form.status !== "archived" ? (
                      <Link href={`/admin/forms/${form.id}/edit`} className="font-semibold">
                        {form.title}
                      </Link>
                    ) : (
                      <span className="font-semibold">{form.title}</span>
                    )}
                    <div className="text-base text-fi-black-light-1">
                      /f/{context.organization.slug}/{form.slug}
                    </div>
                  </td>
                  <td data-label={t("status")}>
                    <FormStatusBadge status={form.status} label={t(`statuses.${form.status}`)} />
                  </td>
                  <td data-label={t("window")}>
                    {form.opensAt && form.closesAt
                      ? `${when(form.opensAt)} – ${when(form.closesAt)}`
                      : form.opensAt
                        ? t("opensAt", { time: when(form.opensAt) })
                        : form.closesAt
                          ? t("closesAt", { time: when(form.closesAt) })
                          : t("noWindow")}
                  </td>
                  <td data-label={t("version")}>
                    {form.liveVersion ? t("liveVersion", { version: form.liveVersion }) : t("notPublished")}
                    {form.latestVersion && form.latestVersion !== form.liveVersion ? (
                      <div className="text-base">{t("latestVersion", { version: form.latestVersion })}</div>
                    ) : null}
                  </td>
                  <td data-label={t("submissions")}>{form.submissionCount}</td>
                  <td data-label={t("actions")}>
                    <FormRowActions
                      formId={form.id}
                      title={form.title}
                      isArchived={form.status === "archived"}
                      canEdit={canEdit}
                      duplicateAction={duplicateFormAction}
                      archiveAction={archiveFormAction}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
