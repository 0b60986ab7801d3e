import { getFormatter, getTranslations } from "next-intl/server";
import { listAuditEvents, ZAuditFilter } from "@/lib/audit/list-audit-events";
import { requireAdmin } from "@/lib/auth/require-admin";

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const context = await requireAdmin("audit.read");
  const filter = ZAuditFilter.parse(await searchParams);
  const [t, tActions, format, result] = await Promise.all([
    getTranslations("audit"),
    getTranslations("auditActions"),
    getFormatter(),
    listAuditEvents(context.organization.id, filter),
  ]);
  const actionLabel = (action: string) => (tActions.has(action) ? tActions(action) : action);
  const objectTypeLabel = (type: string | null) =>
    type && t.has(`objectTypes.${type}`) ? t(`objectTypes.${type}`) : (type ?? "");
  const olderParams = new URLSearchParams(
    Object.entries({ ...filter, before: result.nextBefore ?? undefined })
      .filter(([, value]) => value !== undefined && value !== "")
      .map(([key, value]) => [key, String(value)]),
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      <form method="get" className="panel mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-5 lg:items-end">
        <div>
          <label htmlFor="audit-action" className="label">
            {t("filterAction")}
          </label>
          <select id="audit-action" name="action" defaultValue={filter.action ?? ""} className="input">
            <option value="">{t("allActions")}</option>
            {result.actions.map((action) => (
              <option key={action} value={action}>
                {actionLabel(action)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="audit-actor" className="label">
            {t("filterActor")}
          </label>
          <input id="audit-actor" name="actor" defaultValue={filter.actor ?? ""} className="input" />
        </div>
        <div>
          <label htmlFor="audit-from" className="label">
            {t("filterFrom")}
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={filter.from ?? ""} className="input" />
        </div>
        <div>
          <label htmlFor="audit-to" className="label">
            {t("filterTo")}
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={filter.to ?? ""} className="input" />
        </div>
        <div>
          <button type="submit" className="btn">
            {t("filter")}
          </button>
        </div>
      </form>
      {result.events.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <div className="mt-6 overflow-x-auto">
          <table className="data-table responsive-table" data-testid="audit-table">
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("time")}</th>
                <th scope="col">{t("actor")}</th>
                <th scope="col">{t("action")}</th>
                <th scope="col">{t("object")}</th>
                <th scope="col">{t("ip")}</th>
              </tr>
            </thead>
            <tbody>
              {result.events.map((event) => (
                <tr key={event.id.toString()}>
                  <td className="whitespace-nowrap" data-label={t("time")}>
                    {format.dateTime(event.createdAt, { dateStyle: "short", timeStyle: "medium" })}
                  </td>
                  <td data-label={t("actor")}>{event.actorEmail ?? event.actorApiKey ?? "–"}</td>
                  <td data-label={t("action")}>{actionLabel(event.action)}</td>
                  <td data-label={t("object")} data-testid="audit-object">
                    {event.objectName ? (
                      <>
                        {objectTypeLabel(event.objectType)}{" "}
                        {event.objectName.href ? (
                          <a href={event.objectName.href}>{event.objectName.label}</a>
                        ) : (
                          event.objectName.label
                        )}
                      </>
                    ) : event.objectType ? (
                      `${objectTypeLabel(event.objectType)} ${event.objectId ?? ""}`
                    ) : (
                      "–"
                    )}
                  </td>
                  <td data-label={t("ip")}>{event.ip ?? "–"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.nextBefore ? (
        <p className="mt-4">
          <a href={`/admin/audit?${olderParams.toString()}`}>{t("older")}</a>
        </p>
      ) : null}
    </>
  );
}
