import { getTranslations } from "next-intl/server";
import type { readSubmissionContents } from "@/lib/delivery/submission-ledger";

type TContents = NonNullable<Awaited<ReturnType<typeof readSubmissionContents>>>;

function show(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

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
        {contents.answers.map((answer) => (
          <div key={answer.key}>
            <dt className="font-semibold">{answer.label}</dt>
            <dd className="mb-2 whitespace-pre-wrap">{show(answer.value)}</dd>
          </div>
        ))}
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
