import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DefinitionDiffView } from "@/components/form-builder/definition-diff-view";
import { RestoreVersionButton } from "@/components/form-builder/restore-version-button";
import { requireAdmin } from "@/lib/auth/require-admin";
import { hasPermission } from "@/lib/auth/roles";
import { NotFoundError } from "@/lib/errors/domain-error";
import { compareVersions, listVersions } from "@/lib/form-admin/form-versions";
import { restoreVersionAction } from "./actions";

function parseSide(value: string | undefined, fallback: number | "draft"): number | "draft" {
  if (value === "draft") return "draft";
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : fallback;
}

export default async function FormVersionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ from?: string; to?: string }>;
}) {
  const context = await requireAdmin("organization.read");
  const { id } = await params;
  const query = await searchParams;
  const orNotFound = (error: unknown): never => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  };
  const history = await listVersions(context.organization.id, id).catch(orNotFound);
  const [t, format] = await Promise.all([getTranslations("versions"), getFormatter()]);
  const latest = history.versions[0]?.version;
  const from = parseSide(query.from, history.versions[1]?.version ?? latest ?? "draft");
  const to = parseSide(query.to, latest && history.versions.length > 1 ? latest : "draft");
  const diff = latest ? await compareVersions(context.organization.id, id, from, to).catch(orNotFound) : null;
  const canEdit = hasPermission(context.role, "forms.edit");
  const sideLabel = (side: number | "draft") =>
    side === "draft" ? t("draft") : t("versionNumber", { version: side });
  const options = [
    ...history.versions.map((version) => version.version as number | "draft"),
    "draft" as const,
  ];

  return (
    <>
      <p>
        <Link href="/admin/forms">{t("backToForms")}</Link>
        {canEdit ? (
          <>
            {" "}
            · <Link href={`/admin/forms/${id}/edit`}>{t("openBuilder")}</Link>
          </>
        ) : null}
      </p>
      <h1 className="mt-2">{t("title", { form: history.title })}</h1>
      {history.versions.length === 0 ? (
        <p className="mt-4">{t("none")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="data-table responsive-table">
            <caption className="sr-only">{t("title", { form: history.title })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("version")}</th>
                <th scope="col">{t("publishedAt")}</th>
                <th scope="col">{t("publishedBy")}</th>
                <th scope="col">{t("note")}</th>
                <th scope="col">{t("submissions")}</th>
                <th scope="col">{t("actions")}</th>
              </tr>
            </thead>
            <tbody>
              {history.versions.map((version) => (
                <tr key={version.version}>
                  <td data-label={t("version")}>
                    v{version.version} {version.isLive ? <strong>({t("live")})</strong> : null}
                  </td>
                  <td data-label={t("publishedAt")}>
                    {format.dateTime(version.publishedAt, { dateStyle: "short", timeStyle: "short" })}
                  </td>
                  <td data-label={t("publishedBy")}>{version.publishedBy ?? "–"}</td>
                  <td data-label={t("note")}>{version.note ?? "–"}</td>
                  <td data-label={t("submissions")}>{version.submissionCount}</td>
                  <td data-label={t("actions")}>
                    {canEdit ? (
                      <RestoreVersionButton
                        formId={id}
                        revision={history.revision}
                        version={version.version}
                        action={restoreVersionAction}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {diff ? (
        <section className="mt-10" aria-labelledby="compare-title">
          <h2 id="compare-title">{t("compareTitle")}</h2>
          <form method="get" className="mt-3 flex flex-wrap items-end gap-3">
            {(["from", "to"] as const).map((side) => (
              <div key={side}>
                <label htmlFor={`compare-${side}`} className="label">
                  {t(side)}
                </label>
                <select
                  id={`compare-${side}`}
                  name={side}
                  defaultValue={String(side === "from" ? from : to)}
                  className="input"
                >
                  {options.map((option) => (
                    <option key={option} value={option}>
                      {sideLabel(option)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            <button type="submit" className="btn btn-secondary">
              {t("compare")}
            </button>
          </form>
          <h3 className="mt-6">{t("changesBetween", { from: sideLabel(from), to: sideLabel(to) })}</h3>
          <DefinitionDiffView diff={diff} />
        </section>
      ) : null}
    </>
  );
}
