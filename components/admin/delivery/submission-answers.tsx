import { getTranslations } from "next-intl/server";
import { ReadAnswersList } from "@/components/admin/submissions/read-answers-list";
import type { readSubmissionContents } from "@/lib/delivery/submission-ledger";

type TContents = NonNullable<Awaited<ReturnType<typeof readSubmissionContents>>>;

/** A submission's answers with their labels, the identified sender and the attachments. */
export async function SubmissionAnswers({
  contents,
  submissionId,
}: {
  contents: TContents;
  submissionId: string;
}) {
  const t = await getTranslations("delivery");
  return (
    <>
      <dl className="mt-2" data-testid="submission-answers">
        {contents.sender ? (
          <>
            <dt className="font-semibold">{t("sender")}</dt>
            <dd className="mb-2">{contents.sender.name}</dd>
          </>
        ) : null}
        {contents.filing ? (
          <>
            <dt className="font-semibold">{t("filedFor")}</dt>
            <dd className="mb-2" data-testid="submission-filed-for">
              {t("filedForValue", {
                principal: contents.filing.principalName,
                role: t(`filingRole.${contents.filing.role}`),
                filer: contents.filing.filerName,
              })}
            </dd>
          </>
        ) : null}
        <ReadAnswersList answers={contents.answers} />
      </dl>
      {contents.attachments.length > 0 ? (
        <>
          <h3 className="mt-4">{t("attachmentsTitle")}</h3>
          <ul data-testid="submission-attachments">
            {contents.attachments.map((attachment) => (
              <li key={attachment.id}>
                <a
                  href={`/admin/submissions/${submissionId}/attachments/${attachment.source}/${attachment.id}`}
                >
                  {attachment.filename}
                </a>{" "}
                ({attachment.sizeBytes} B) <code className="text-sm">{attachment.sha256.slice(0, 16)}…</code>
                <br />
                <span className="text-sm">
                  {attachment.copy === "kept-by-lomake"
                    ? t("attachmentCopyKept")
                    : attachment.isVerifiedAgainstKeptCopy
                      ? t("attachmentCopyVerified")
                      : t("attachmentCopyUnexpected")}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
