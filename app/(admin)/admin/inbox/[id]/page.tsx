import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { DeliveryLedger } from "@/components/admin/delivery/delivery-ledger";
import { InboxActionForm } from "@/components/admin/inbox/inbox-action-form";
import { InboxConversation } from "@/components/admin/inbox/inbox-conversation";
import { ReplyForm } from "@/components/admin/inbox/reply-form";
import { auditActor, requireAdmin } from "@/lib/auth/require-admin";
import { hasPermission } from "@/lib/auth/roles";
import { getMessageDeliveries } from "@/lib/delivery/submission-ledger";
import { NotFoundError } from "@/lib/errors/domain-error";
import { readInboxMessage } from "@/lib/inbox/read-inbox-message";
import { MAX_NOTE_CHARS } from "@/lib/inbox/update-inbox-message";
import {
  addNoteAction,
  assignAction,
  attachAction,
  markHandledAction,
  reopenAction,
  replyAction,
} from "../actions";
import { replayDeliveryAction, retryDeliveryAction } from "../../submissions/[id]/actions";

export default async function InboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  const context = await requireAdmin("submissions.read");
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const message = await readInboxMessage(context.organization.id, id, auditActor(context)).catch(
    (error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    },
  );
  const [t, format] = await Promise.all([getTranslations("inbox"), getFormatter()]);
  const canHandle = hasPermission(context.role, "submissions.handle");
  const time = (value: Date | null) =>
    value ? format.dateTime(value, { dateStyle: "short", timeStyle: "short" }) : "—";
  return (
    <>
      <p>
        <Link href="/admin/inbox">← {t("title")}</Link>
      </p>
      <h1 className="mt-2 break-words">{message.content?.title ?? t("noSubject")}</h1>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2">
        <dt className="font-semibold">{t("sender")}</dt>
        <dd data-testid="inbox-sender">
          {message.sender ? `${message.sender.name} (${message.sender.id})` : t("senderUnknown")}
        </dd>
        <dt className="font-semibold">{t("service")}</dt>
        <dd>
          {message.service}
          {message.serviceAcceptsNewMessages ? "" : ` — ${t("acceptsNo")}`}
        </dd>
        <dt className="font-semibold">{t("sentAt")}</dt>
        <dd>{time(message.sentAt)}</dd>
        <dt className="font-semibold">{t("state")}</dt>
        <dd data-testid="inbox-message-state">
          {t(`states.${message.state}`)}
          {message.handledAt ? ` ${time(message.handledAt)} (${message.handledBy ?? "—"})` : ""}
        </dd>
        <dt className="font-semibold">{t("assignedTo")}</dt>
        <dd data-testid="inbox-assignee">{message.assignedTo ?? t("nobody")}</dd>
        {message.problem ? (
          <>
            <dt className="font-semibold">{t("reason")}</dt>
            <dd>{t(`problem.${message.problem}`)}</dd>
          </>
        ) : null}
        {message.mentionedSubmission ? (
          <>
            <dt className="font-semibold">{t("kind.mention")}</dt>
            <dd>
              <Link href={`/admin/submissions/${message.mentionedSubmission.id}`}>
                {message.mentionedSubmission.reference}
              </Link>
            </dd>
          </>
        ) : null}
        {message.submission ? (
          <>
            <dt className="font-semibold">{t("attachedTo")}</dt>
            <dd>
              <Link href={`/admin/submissions/${message.submission.id}`}>{message.submission.reference}</Link>
            </dd>
          </>
        ) : null}
      </dl>

      <InboxConversation message={message} />

      {message.attachments.length > 0 ? (
        <section className="mt-6" aria-labelledby="attachments-title">
          <h2 id="attachments-title">{t("attachments")}</h2>
          <ul className="mt-2">
            {message.attachments.map((attachment) => (
              <li key={attachment.id}>
                {attachment.isAvailable ? (
                  <a href={`/admin/inbox/${message.id}/attachments/${attachment.id}`} className="break-all">
                    {attachment.filename}
                  </a>
                ) : (
                  <span className="break-all">{attachment.filename}</span>
                )}{" "}
                ({attachment.mediaType}, {format.number(attachment.sizeBytes)} B)
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {canHandle ? (
        <>
          <section className="mt-8" aria-labelledby="handling-title">
            <h2 id="handling-title">{t("handlingTitle")}</h2>
            <InboxActionForm
              action={assignAction}
              submitLabel={t("assign")}
              hidden={{ messageId: message.id }}
              className="mt-2"
            >
              <label htmlFor="assignee" className="label">
                {t("assignedTo")}
              </label>
              {/* Keyed by the assignee: after saving, the form resets to the new value, not the one it was drawn with. */}
              <select
                key={message.assignedToUserId ?? "nobody"}
                id="assignee"
                name="userId"
                className="input"
                defaultValue={message.assignedToUserId ?? ""}
              >
                <option value="">{t("nobody")}</option>
                {message.members.map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.label}
                  </option>
                ))}
              </select>
            </InboxActionForm>
            {message.state === "handled" ? (
              <InboxActionForm
                action={reopenAction}
                submitLabel={t("reopen")}
                hidden={{ messageId: message.id }}
                className="mt-4"
              />
            ) : (
              <InboxActionForm
                action={markHandledAction}
                submitLabel={t("markHandled")}
                hidden={{ messageId: message.id }}
                className="mt-4"
                buttonClassName="btn"
              />
            )}
          </section>

          {message.sender && !message.isPurged ? (
            <section className="mt-8" aria-labelledby="reply-title">
              <h2 id="reply-title">{t("replyTitle")}</h2>
              <ReplyForm
                key={message.conversation.length}
                action={replyAction}
                messageId={message.id}
                replyId={crypto.randomUUID()}
              />
            </section>
          ) : null}

          <section className="mt-8" aria-labelledby="notes-title">
            <h2 id="notes-title">{t("notesTitle")}</h2>
            <p className="hint">{t("notesIntro")}</p>
            {message.notes.length > 0 ? (
              <ul className="mt-2" data-testid="inbox-notes">
                {message.notes.map((note) => (
                  <li key={note.id} className="border-b border-fi-depth-light-1 py-2">
                    <span className="font-semibold">
                      {time(note.at)} {note.by ?? "—"}
                    </span>
                    <p className="whitespace-pre-wrap break-words">{note.text}</p>
                  </li>
                ))}
              </ul>
            ) : null}
            <InboxActionForm
              key={message.notes.length}
              action={addNoteAction}
              submitLabel={t("addNote")}
              hidden={{ messageId: message.id }}
              className="mt-2"
            >
              <label htmlFor="note-text" className="label">
                {t("note")}
              </label>
              <textarea
                id="note-text"
                name="note"
                className="input w-full"
                rows={3}
                maxLength={MAX_NOTE_CHARS}
                required
              />
            </InboxActionForm>
          </section>

          <section className="mt-8" aria-labelledby="attach-title">
            <h2 id="attach-title">{t("attachTitle")}</h2>
            <InboxActionForm
              action={attachAction}
              submitLabel={t("attach")}
              hidden={{ messageId: message.id }}
              className="mt-2"
            >
              <label htmlFor="attach-reference" className="label">
                {t("reference")}
              </label>
              <input id="attach-reference" name="reference" className="input" autoComplete="off" required />
            </InboxActionForm>
          </section>
        </>
      ) : null}

      <DeliveryLedger
        deliveries={await getMessageDeliveries(context.organization.id, message.id)}
        retryAction={canHandle ? retryDeliveryAction : undefined}
        replayAction={canHandle ? replayDeliveryAction : undefined}
      />
    </>
  );
}
