import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ReplyForm } from "@/components/admin/inbox/reply-form";
import { SentMessageEvents } from "@/components/admin/sent-message-events";
import type { TActionState } from "@/lib/auth/action-state";
import type { TSubmissionThread } from "@/lib/inbox/read-submission-thread";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

/** The citizen's replies on a submission's thread and the answers to them; a handler may answer the latest. */
export async function SubmissionThread({
  submissionId,
  thread,
  replyAction,
}: {
  submissionId: string;
  thread: TSubmissionThread;
  /** Absent when the viewer may not answer. */
  replyAction?: TAction;
}) {
  if (thread.entries.length === 0 && thread.mentions.length === 0) return null;
  const [t, tCase, format] = await Promise.all([
    getTranslations("inbox"),
    getTranslations("caseMessages"),
    getFormatter(),
  ]);
  const time = (value: Date) => format.dateTime(value, { dateStyle: "short", timeStyle: "short" });
  return (
    <section className="mt-8" aria-labelledby="thread-title">
      <h2 id="thread-title">{t("submissionThreadTitle")}</h2>
      <ol className="mt-2" data-testid="submission-thread">
        {thread.entries.map((entry) => (
          <li key={entry.id} className={`panel mt-2 ${entry.kind === "answer" ? "sm:ml-8" : ""}`}>
            <p className="font-semibold">
              {entry.kind === "citizen"
                ? `${entry.senderName ?? t("fromCitizen")}${entry.isAttached ? ` (${t("attachedByHandler")})` : ""}`
                : t("fromOrganisation")}{" "}
              · {time(entry.at)}
              {entry.kind === "answer" && entry.messageKind !== "reply" ? (
                <span data-testid="case-message-kind">
                  {" "}
                  ·{" "}
                  {tCase.has(`kinds.${entry.messageKind}`)
                    ? tCase(`kinds.${entry.messageKind}`)
                    : entry.messageKind}
                  {entry.deadline
                    ? ` (${tCase("deadlineShown", { deadline: format.dateTime(entry.deadline, { dateStyle: "short", timeZone: "UTC" }) })})`
                    : ""}
                  {entry.isVerifiable ? ` · ${tCase("verifiableSent")}` : ""}
                </span>
              ) : null}
            </p>
            {entry.text ? (
              <>
                <p className="break-words">{entry.text.title}</p>
                <p className="whitespace-pre-wrap break-words">{entry.text.body}</p>
              </>
            ) : (
              <p>{t("contentUnavailable")}</p>
            )}
            {entry.kind === "answer" && entry.text?.attachments?.length ? (
              <ul className="mt-2" aria-label={tCase("attachments")}>
                {entry.text.attachments.map((name, index) => (
                  <li key={`${index}-${name}`} className="break-all">
                    {name}
                  </li>
                ))}
              </ul>
            ) : null}
            {entry.kind === "answer" ? (
              <SentMessageEvents channel={entry.channel} events={entry.events} />
            ) : null}
            {entry.kind === "citizen" && entry.attachments.length > 0 ? (
              <ul className="mt-2">
                {entry.attachments.map((file) => (
                  <li key={file.id}>
                    {file.isAvailable ? (
                      <a
                        href={`/admin/submissions/${submissionId}/attachments/retrieved/${file.id}`}
                        className="break-all"
                      >
                        {file.filename}
                      </a>
                    ) : (
                      <span className="break-all">{file.filename}</span>
                    )}{" "}
                    ({format.number(file.sizeBytes)} B)
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      {thread.mentions.length > 0 ? (
        <>
          <h3 className="mt-4">{t("mentionsTitle")}</h3>
          <ul>
            {thread.mentions.map((mention) => (
              <li key={mention.id}>
                <Link href={`/admin/inbox/${mention.id}`}>
                  {time(mention.sentAt)} — {t(`states.${mention.inboxState}`)}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {replyAction && thread.replyToMessageId ? (
        <div className="mt-4">
          <ReplyForm
            key={thread.entries.length}
            action={replyAction}
            messageId={thread.replyToMessageId}
            replyId={crypto.randomUUID()}
          />
        </div>
      ) : null}
    </section>
  );
}
