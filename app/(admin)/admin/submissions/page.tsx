import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listSubmissions } from "@/lib/submissions/list-submissions";

export default async function SubmissionsPage() {
  const context = await requireAdmin("submissions.read");
  const [t, format, submissions] = await Promise.all([
    getTranslations("citizenSubmissions"),
    getFormatter(),
    listSubmissions(context.organization.id),
  ]);
  const time = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "short", timeStyle: "short" }) : "–";
  const statusLabel = (status: string) => (t.has(`statuses.${status}`) ? t(`statuses.${status}`) : status);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      {submissions.length === 0 ? (
        <p className="mt-6">{t("empty")}</p>
      ) : (
        <table className="data-table responsive-table mt-6">
          <thead>
            <tr>
              <th scope="col">{t("reference")}</th>
              <th scope="col">{t("form")}</th>
              <th scope="col">{t("sender")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("created")}</th>
              <th scope="col">{t("handedOff")}</th>
              <th scope="col">{t("returned")}</th>
              <th scope="col">{t("retrieved")}</th>
              <th scope="col">{t("delivered")}</th>
            </tr>
          </thead>
          <tbody>
            {submissions.map((submission) => (
              <tr key={submission.id}>
                <td data-label={t("reference")}>
                  <Link href={`/admin/submissions/${submission.id}`}>{submission.reference}</Link>
                </td>
                <td data-label={t("form")}>{submission.formSlug}</td>
                <td data-label={t("sender")} data-testid="submission-sender">
                  {submission.senderMasked ?? "–"}
                </td>
                <td data-label={t("status")}>{statusLabel(submission.status)}</td>
                <td data-label={t("created")}>{time(submission.createdAt)}</td>
                <td data-label={t("handedOff")}>{time(submission.lastHandedOffAt)}</td>
                <td data-label={t("returned")}>{time(submission.returnedAt)}</td>
                <td data-label={t("retrieved")}>{time(submission.retrievedAt)}</td>
                <td data-label={t("delivered")}>{time(submission.deliveredAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
