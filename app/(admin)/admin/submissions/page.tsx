import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/auth/require-admin";
import { getWorkView } from "@/lib/submissions/get-work-view";
import { SUBMISSION_STATES } from "@/lib/submissions/submission-moves";
import { WORK_VIEW_SHOW, workViewHref } from "@/lib/submissions/work-view-filters";
import { searchSubmissionsAction } from "./actions";

export const dynamic = "force-dynamic";

const SEARCH_ERRORS = ["invalidHenkilotunnus", "nameTooLong"] as const;

export default async function SubmissionsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const context = await requireAdmin("submissions.read");
  const query = await searchParams;
  const [t, tState, tInbox, format, view] = await Promise.all([
    getTranslations("workView"),
    getTranslations("delivery.submissionStatus"),
    getTranslations("inbox"),
    getFormatter(),
    getWorkView(context.organization.id, context.user.id, query),
  ]);
  const { filters, page } = view;
  const error = SEARCH_ERRORS.find((code) => code === query.error);
  const time = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "short", timeStyle: "short" }) : "–";
  const here = workViewHref(filters, { after: filters.after, before: filters.before });
  const memberName = (userId: string | null) =>
    userId === null
      ? t("unassigned")
      : (view.members.find((member) => member.userId === userId)?.label ?? t("formerMember"));
  const formTitle = (formId: string, slug: string) =>
    view.forms.find((form) => form.id === formId)?.title ?? slug;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      {error ? (
        <p className="alert mt-4" role="alert" data-testid="work-view-error">
          {t(`errors.${error}`)}
        </p>
      ) : null}
      {view.isInvalidFilter ? <p className="alert mt-4">{t("invalidFilter")}</p> : null}
      {view.isSearchExpired ? <p className="alert mt-4">{t("searchExpired")}</p> : null}

      <form action={searchSubmissionsAction} className="panel mt-6" aria-labelledby="work-view-search-title">
        <h2 id="work-view-search-title">{t("searchTitle")}</h2>
        {filters.search ? <input type="hidden" name="search" value={filters.search} /> : null}
        <div className="mt-2 grid grid-cols-1 gap-x-4 sm:grid-cols-2 lg:grid-cols-3">
          <div>
            <label className="label" htmlFor="wv-reference">
              {t("reference")}
            </label>
            <input
              id="wv-reference"
              name="reference"
              className="input mb-4"
              defaultValue={filters.reference ?? ""}
              autoComplete="off"
            />
          </div>
          <div>
            <label className="label" htmlFor="wv-name">
              {t("senderName")}
            </label>
            <input
              id="wv-name"
              name="name"
              className="input mb-4"
              defaultValue={view.search?.name ?? ""}
              autoComplete="off"
            />
          </div>
          <div>
            <label className="label" htmlFor="wv-henkilotunnus">
              {t("henkilotunnus")}
            </label>
            <input
              id="wv-henkilotunnus"
              name="henkilotunnus"
              className="input mb-4"
              autoComplete="off"
              aria-describedby="wv-henkilotunnus-hint"
              placeholder={view.search?.idMasked ?? undefined}
            />
            <span id="wv-henkilotunnus-hint" className="hint block mb-4">
              {view.search?.idMasked
                ? t("henkilotunnusActive", { masked: view.search.idMasked })
                : t("henkilotunnusHint")}
            </span>
          </div>
          <div>
            <label className="label" htmlFor="wv-show">
              {t("show")}
            </label>
            <select id="wv-show" name="show" className="input mb-4" defaultValue={filters.show}>
              {WORK_VIEW_SHOW.map((show) => (
                <option key={show} value={show}>
                  {t(`showOptions.${show}`)}
                </option>
              ))}
            </select>
          </div>
          {view.services.length > 1 || filters.service ? (
            <div>
              <label className="label" htmlFor="wv-service">
                {t("service")}
              </label>
              <select
                id="wv-service"
                name="service"
                className="input mb-4"
                defaultValue={filters.service ?? ""}
              >
                <option value="">{t("allServices")}</option>
                {view.services.map((service) => (
                  <option key={service.id} value={service.id}>
                    {service.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div>
            <label className="label" htmlFor="wv-form">
              {t("form")}
            </label>
            <select id="wv-form" name="form" className="input mb-4" defaultValue={filters.form ?? ""}>
              <option value="">{t("allForms")}</option>
              {view.forms.map((form) => (
                <option key={form.id} value={form.id}>
                  {form.title}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label className="label" htmlFor="wv-state">
              {t("state")}
            </label>
            <select id="wv-state" name="state" className="input mb-4" defaultValue={filters.state ?? ""}>
              <option value="">{t("anyState")}</option>
              {SUBMISSION_STATES.map((state) => (
                <option key={state} value={state}>
                  {tState(state)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label className="label" htmlFor="wv-handled">
              {t("handled")}
            </label>
            <select
              id="wv-handled"
              name="handled"
              className="input mb-4"
              defaultValue={filters.handled ?? ""}
            >
              <option value="">{t("handledAny")}</option>
              <option value="no">{t("handledNo")}</option>
              <option value="yes">{t("handledYes")}</option>
            </select>
          </div>
          <div>
            <label className="label" htmlFor="wv-assignee">
              {t("assignee")}
            </label>
            <select
              id="wv-assignee"
              name="assignee"
              className="input mb-4"
              defaultValue={filters.assignee ?? ""}
            >
              <option value="">{t("assigneeAny")}</option>
              <option value="me">{t("assigneeMe")}</option>
              <option value="none">{t("unassigned")}</option>
              {view.members.map((member) => (
                <option key={member.userId} value={member.userId}>
                  {member.label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label className="label" htmlFor="wv-from">
              {t("from")}
            </label>
            <input
              id="wv-from"
              name="from"
              type="date"
              className="input mb-4"
              defaultValue={filters.from ?? ""}
            />
          </div>
          <div>
            <label className="label" htmlFor="wv-to">
              {t("to")}
            </label>
            <input id="wv-to" name="to" type="date" className="input mb-4" defaultValue={filters.to ?? ""} />
          </div>
          <div>
            <label className="label" htmlFor="wv-sort">
              {t("sort")}
            </label>
            <select id="wv-sort" name="sort" className="input mb-4" defaultValue={filters.sort}>
              <option value="newest">{t("sortNewest")}</option>
              <option value="oldest">{t("sortOldest")}</option>
            </select>
          </div>
        </div>
        <div className="flex flex-wrap gap-4">
          <button type="submit" className="btn">
            {t("searchButton")}
          </button>
          <Link href="/admin/submissions" className="btn btn-secondary">
            {t("clear")}
          </Link>
        </div>
      </form>

      {page.items.length === 0 ? (
        <p className="mt-6" data-testid="work-view-empty">
          {t("empty")}
        </p>
      ) : (
        <table className="data-table responsive-table mt-6" data-testid="work-view-table">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("reference")}</th>
              <th scope="col">{t("form")}</th>
              <th scope="col">{t("sender")}</th>
              <th scope="col">{t("state")}</th>
              <th scope="col">{t("assignee")}</th>
              <th scope="col">{t("received")}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((row) =>
              row.kind === "submission" ? (
                <tr key={row.id} data-testid="work-view-row">
                  <td data-label={t("reference")}>
                    <Link href={`/admin/submissions/${row.id}?back=${encodeURIComponent(here)}`}>
                      {row.reference}
                    </Link>
                  </td>
                  <td data-label={t("form")}>{formTitle(row.formId, row.formSlug)}</td>
                  <td data-label={t("sender")} data-testid="submission-sender">
                    {row.senderMasked ?? "–"}
                  </td>
                  <td data-label={t("state")} data-testid="submission-state">
                    {tState(row.status)}
                  </td>
                  <td data-label={t("assignee")}>{memberName(row.assignedToUserId)}</td>
                  <td data-label={t("received")}>{time(row.createdAt)}</td>
                </tr>
              ) : (
                <tr key={row.id} data-testid="work-view-message-row">
                  <td data-label={t("reference")}>
                    <Link href={`/admin/inbox/${row.id}`}>{t("messageRow")}</Link>
                  </td>
                  <td data-label={t("form")}>
                    {row.serviceName ?? "–"}
                    {row.mentionedSubmissionId ? ` · ${t("mentionsSubmission")}` : ""}
                  </td>
                  <td data-label={t("sender")}>{row.senderMasked ?? "–"}</td>
                  <td data-label={t("state")} data-testid="message-state">
                    {tInbox(`states.${row.inboxState}`)}
                  </td>
                  <td data-label={t("assignee")}>{memberName(row.assignedToUserId)}</td>
                  <td data-label={t("received")}>{time(row.createdAt)}</td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      <nav className="mt-4 flex flex-wrap gap-4" aria-label={t("paging")}>
        {page.previous ? (
          <Link href={workViewHref(filters, { before: page.previous })} rel="prev">
            ← {t("previousPage")}
          </Link>
        ) : null}
        {page.next ? (
          <Link href={workViewHref(filters, { after: page.next })} rel="next" data-testid="next-page">
            {t("nextPage")} →
          </Link>
        ) : null}
      </nav>
    </>
  );
}
