import { getFormatter, getTranslations } from "next-intl/server";
import { DeliveryActionForm } from "@/components/admin/delivery/delivery-action-form";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listExports } from "@/lib/delivery/export/request-export";
import { listForms } from "@/lib/form-admin/manage-forms";
import { SUBMISSION_STATES } from "@/lib/submissions/submission-moves";
import { requestExportAction } from "./actions";

export const dynamic = "force-dynamic";

export default async function ExportsPage() {
  const context = await requireAdmin("submissions.handle");
  const [t, format, exports, forms] = await Promise.all([
    getTranslations("delivery"),
    getFormatter(),
    listExports(context.organization.id),
    listForms(context.organization.id),
  ]);
  const statuses = SUBMISSION_STATES;
  return (
    <>
      <h1>{t("exportsTitle")}</h1>
      <p className="mt-2">{t("exportsIntro")}</p>
      <section className="mt-6 panel max-w-2xl">
        <DeliveryActionForm action={requestExportAction} submitLabel={t("startExport")} buttonClassName="btn">
          <label className="label" htmlFor="export-form">
            {t("form")}
          </label>
          <select id="export-form" name="formId" className="input mb-4" defaultValue="">
            <option value="">{t("allForms")}</option>
            {forms.map((form) => (
              <option key={form.id} value={form.id}>
                {form.title} ({form.slug})
              </option>
            ))}
          </select>
          <label className="label" htmlFor="export-version">
            {t("version")}
          </label>
          <input id="export-version" name="version" type="number" min={1} className="input mb-4" />
          <label className="label" htmlFor="export-from">
            {t("from")}
          </label>
          <input id="export-from" name="from" type="date" className="input mb-4" />
          <label className="label" htmlFor="export-to">
            {t("to")}
          </label>
          <input id="export-to" name="to" type="date" className="input mb-4" />
          <label className="label" htmlFor="export-status">
            {t("status")}
          </label>
          <select id="export-status" name="status" className="input mb-4" defaultValue="">
            <option value="">{t("anyState")}</option>
            {statuses.map((status) => (
              <option key={status} value={status}>
                {t(`submissionStatus.${status}`)}
              </option>
            ))}
          </select>
          <label className="label" htmlFor="export-format">
            {t("format")}
          </label>
          <select id="export-format" name="format" className="input mb-4" defaultValue="csv">
            <option value="csv">CSV</option>
            <option value="xlsx">XLSX</option>
            <option value="json">JSON</option>
            <option value="zip">{t("formatZip")}</option>
          </select>
          <label className="label" htmlFor="export-language">
            {t("language")}
          </label>
          <select id="export-language" name="language" className="input mb-4" defaultValue="fi">
            <option value="fi">suomi</option>
            <option value="sv">svenska</option>
            <option value="en">English</option>
          </select>
        </DeliveryActionForm>
      </section>
      <section className="mt-10">
        {exports.length === 0 ? <p>{t("noExports")}</p> : null}
        <ul>
          {exports.map((job) => (
            <li
              key={job.id}
              className="flex flex-wrap items-center gap-3 border-b border-fi-depth-light-1 py-2"
            >
              <span>{format.dateTime(job.createdAt, { dateStyle: "short", timeStyle: "short" })}</span>
              <span>{job.format.toUpperCase()}</span>
              <progress
                max={Math.max(job.total, 1)}
                value={job.status === "ready" ? Math.max(job.total, 1) : job.progress}
                aria-label={t("progress")}
              />
              {job.status === "ready" ? <a href={`/admin/exports/${job.id}`}>{t("download")}</a> : null}
              {job.status === "failed" ? <span className="field-error">{t("exportFailed")}</span> : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
