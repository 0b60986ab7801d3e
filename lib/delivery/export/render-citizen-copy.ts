// The citizen's own copy of what they sent, offered on the return page: the answers as a person reads them (the
// same reader as the submission page and the exports), the reference, the time, each attachment with its
// SHA-256 and the integrity code, drawn into a PDF like the export's answer PDF, under a unique descriptive name.
import "server-only";
import { readAnswerCell } from "@/lib/forms/read-answers";
import { localize, type TLanguage } from "@/lib/forms/localized-text";
import { citizenTexts, type TCitizenMessages } from "@/lib/i18n/citizen-texts";
import { readAnswersForPeople } from "@/lib/delivery/export/export-rows";
import { renderAnswersPdf } from "@/lib/delivery/export/write-zip";
import { loadSubmissionContents } from "@/lib/delivery/load-submission-contents";

/** Null once the answers are purged (or cannot be read): there is nothing left to copy. */
export async function renderCitizenCopy(
  submissionId: string,
  language: TLanguage,
): Promise<{ filename: string; pdf: Buffer } | null> {
  const contents = await loadSubmissionContents(submissionId).catch(() => null);
  if (!contents) return null;
  const { submission, definition, attachments } = contents;
  const t = (key: keyof TCitizenMessages["page"]) => citizenTexts.text(language, `page.${key}`);
  // The person's language as written in Finland (fi-FI, sv-FI, en-FI), in Finnish time.
  const sentAt = new Intl.DateTimeFormat(`${language}-FI`, {
    timeZone: "Europe/Helsinki",
    dateStyle: "short",
    timeStyle: "short",
  }).format(submission.createdAt);
  const lines: [string, string][] = [
    [t("reference"), submission.reference],
    [t("copySentAt"), sentAt],
    ...readAnswersForPeople(definition, contents.answers.answers, language).map(
      (answer): [string, string] => [answer.label, readAnswerCell(answer)],
    ),
    [
      t("copyAttachments"),
      attachments.map((file) => `${file.filename} (${file.sizeBytes} B)\nSHA-256 ${file.sha256}`).join("\n"),
    ],
    [t("copyIntegrityCode"), submission.integrityCode],
  ];
  const formTitle = localize(definition.title, language);
  const pdf = await renderAnswersPdf(`${formTitle} – ${submission.reference}`, lines);
  const day = submission.createdAt.toISOString().slice(0, 10);
  return { filename: `${submission.form.slug}-${submission.reference}-${day}.pdf`, pdf };
}
