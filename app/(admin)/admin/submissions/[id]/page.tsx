import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DeliveryActionForm } from "@/components/admin/delivery/delivery-action-form";
import { DeliveryLedger } from "@/components/admin/delivery/delivery-ledger";
import { SubmissionAnswers } from "@/components/admin/delivery/submission-answers";
import { requireAdmin, auditActor } from "@/lib/auth/require-admin";
import { hasPermission } from "@/lib/auth/roles";
import { getSubmissionLedger, readSubmissionContents } from "@/lib/delivery/submission-ledger";
import { localize, type TLanguage, type TLocalizedText } from "@/lib/forms/localized-text";
import { HandlingPanel } from "@/components/admin/submissions/handling-panel";
import { getSubmissionHandling } from "@/lib/submissions/get-submission-handling";
import { safeWorkViewBack } from "@/lib/submissions/work-view-filters";
import {
  addNoteAction,
  assignSubmissionAction,
  releaseHeldAction,
  replayDeliveryAction,
  retryDeliveryAction,
  sendCaseMessageAction,
  setHandlerStateAction,
} from "./actions";
import { CaseMessagePanel } from "@/components/admin/case-messages/case-message-panel";
import { getCaseMessageComposer } from "@/lib/case-messages/get-case-message-composer";
import { SubmissionThread } from "@/components/admin/inbox/submission-thread";
import { SentMessageEvents } from "@/components/admin/sent-message-events";
import { readSubmissionThread } from "@/lib/inbox/read-submission-thread";
import { replyAction } from "../../inbox/actions";

export default async function SubmissionLedgerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ show?: string; back?: string }>;
}) {
  const context = await requireAdmin("submissions.read");
  const [{ id }, { show, back }] = await Promise.all([params, searchParams]);
  const ledger = await getSubmissionLedger(context.organization.id, id);
  if (!ledger) notFound();
  const handling = await getSubmissionHandling(context.organization.id, id);
  if (!handling) notFound();
  // Back to the list as the handler left it (filters, page); only ever the work view itself.
  const backHref = safeWorkViewBack(back);
  const withBack = (path: string) =>
    backHref === "/admin/submissions"
      ? path
      : `${path}${path.includes("?") ? "&" : "?"}back=${encodeURIComponent(backHref)}`;
  const [t, format] = await Promise.all([getTranslations("delivery"), getFormatter()]);
  const canHandle = hasPermission(context.role, "submissions.handle");
  const time = (value: Date | null) =>
    value ? format.dateTime(value, { dateStyle: "short", timeStyle: "medium" }) : "—";
  const isShowingAnswers = show === "answers" || ledger.submission.status === "held";
  const contents = isShowingAnswers
    ? await readSubmissionContents(
        context.organization.id,
        id,
        auditActor(context),
        (await getLocale()) as TLanguage,
      )
    : null;
  const { submission } = ledger;
  const title = (submission.formVersion.definition as { title?: TLocalizedText } | null)?.title;
  const formTitle = title ? localize(title, (await getLocale()) as TLanguage) : submission.form.slug;
  const label = (group: string, value: string) =>
    t.has(`${group}.${value}`) ? t(`${group}.${value}`) : value;
  const eventLabel = (type: string) => label("event", type);
  const memberName = (userId: unknown) =>
    typeof userId === "string"
      ? (handling.members.find((member) => member.userId === userId)?.label ?? t("formerMember"))
      : null;
  // Handlers' moves name who made them, and an assignment whom it was given to.
  const eventPeople = (details: unknown) => {
    if (!details || typeof details !== "object") return "";
    const { userId, assigneeUserId } = details as { userId?: unknown; assigneeUserId?: unknown };
    const parts = [
      "assigneeUserId" in details ? `→ ${memberName(assigneeUserId) ?? t("nobody")}` : null,
      memberName(userId),
    ].filter(Boolean);
    return parts.length > 0 ? ` — ${parts.join(", ")}` : "";
  };
  const caseMessagePanel = async () => {
    const composer = await getCaseMessageComposer(context.organization.id, id);
    if (!composer.isSendable) return null;
    return (
      <CaseMessagePanel composer={composer} messageId={crypto.randomUUID()} action={sendCaseMessageAction} />
    );
  };
  // The citizen host records "created" itself; older submissions only have the column.
  const hasCreatedEvent = ledger.events.some((event) => event.type === "created");
  return (
    <>
      <p>
        <Link href={backHref} data-testid="back-to-list">
          ← {t("backToList")}
        </Link>
      </p>
      <h1 className="mt-2">{t("ledgerTitle", { reference: submission.reference })}</h1>
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2">
        <dt className="font-semibold">{t("form")}</dt>
        <dd>
          {formTitle} ({submission.form.slug}, v{submission.formVersion.version})
        </dd>
        <dt className="font-semibold">{t("status")}</dt>
        <dd data-testid="submission-status">{t(`submissionStatus.${submission.status}`)}</dd>
        {ledger.messages.map((message) => (
          <div key={message.id} className="contents">
            <dt className="font-semibold">{t("integrity")}</dt>
            <dd data-testid="integrity-status">
              {label("integrityStatus", message.integrityStatus)}
              {Array.isArray(message.integrityFindings) && message.integrityFindings.length > 0
                ? ` (${(message.integrityFindings as string[]).map((f) => label("finding", f)).join(", ")})`
                : ""}
            </dd>
            <dt className="font-semibold">{t("receipt")}</dt>
            <dd data-testid="receipt-status">
              {label("receiptStatus", message.receiptStatus)}
              {message.receiptSentAt ? ` ${time(message.receiptSentAt)}` : ""}
              {message.receiptError ? ` — ${label("receiptError", message.receiptError)}` : ""}
            </dd>
          </div>
        ))}
      </dl>

      <HandlingPanel
        submission={handling.submission}
        moves={handling.moves}
        members={handling.members}
        notes={handling.notes}
        canHandle={canHandle}
        actions={{ setState: setHandlerStateAction, assign: assignSubmissionAction, addNote: addNoteAction }}
      />

      {submission.status === "held" && contents?.comparison ? (
        <section className="alert mt-6" aria-labelledby="held-title">
          <h2 id="held-title">{t("heldTitle")}</h2>
          <p>{t("heldIntro")}</p>
          <div className="mt-4 grid grid-cols-1 gap-4 md:grid-cols-2">
            <div>
              <h3>{t("snapshotText")}</h3>
              <pre className="whitespace-pre-wrap break-words">{contents.comparison.snapshot}</pre>
            </div>
            <div>
              <h3>{t("retrievedText")}</h3>
              <pre className="whitespace-pre-wrap break-words">{contents.comparison.retrieved}</pre>
            </div>
          </div>
          {canHandle ? (
            <DeliveryActionForm
              action={releaseHeldAction}
              submitLabel={t("release")}
              hidden={{ submissionId: submission.id }}
              className="mt-4"
            />
          ) : null}
        </section>
      ) : null}

      <SubmissionThread
        submissionId={submission.id}
        thread={await readSubmissionThread(context.organization.id, submission.id, auditActor(context))}
        replyAction={canHandle ? replyAction : undefined}
      />

      {canHandle ? await caseMessagePanel() : null}

      {ledger.sentMessages.length > 0 ? (
        <section className="mt-8" aria-labelledby="sent-messages-title">
          <h2 id="sent-messages-title">{t("sentMessagesTitle")}</h2>
          <ol className="mt-2" data-testid="sent-messages">
            {ledger.sentMessages.map((sent) => (
              <li key={sent.id} className="border-b border-fi-depth-light-1 py-2" data-testid="sent-message">
                <span className="font-semibold">{time(sent.sentAt ?? sent.createdAt)}</span>{" "}
                {label("sentMessageKind", sent.kind)}
                {sent.status === "sent" ? "" : ` — ${label("sentMessageStatus", sent.status)}`}
                {sent.error ? ` (${label("receiptError", sent.error)})` : ""}
                <SentMessageEvents channel={sent.channel} events={sent.events} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section className="mt-8" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t("timeline")}</h2>
        <ol className="mt-2" data-testid="ledger-timeline">
          {hasCreatedEvent ? null : (
            <li className="border-b border-fi-depth-light-1 py-2">
              <span className="font-semibold">{time(submission.createdAt)}</span> {eventLabel("created")}
            </li>
          )}
          {ledger.events.map((event) => (
            <li key={String(event.id)} className="border-b border-fi-depth-light-1 py-2">
              <span className="font-semibold">{time(event.createdAt)}</span> {eventLabel(event.type)}
              {event.details && typeof event.details === "object" && "targetName" in event.details
                ? ` — ${String((event.details as { targetName: string }).targetName)}`
                : ""}
              {eventPeople(event.details)}
              {event.details && typeof event.details === "object" && "error" in event.details
                ? ` (${String((event.details as { error: string }).error)})`
                : ""}
            </li>
          ))}
        </ol>
      </section>

      <DeliveryLedger
        deliveries={ledger.deliveries}
        retryAction={canHandle ? retryDeliveryAction : undefined}
        replayAction={canHandle ? replayDeliveryAction : undefined}
      />

      <section className="mt-8" aria-labelledby="answers-title">
        <h2 id="answers-title">{t("answers")}</h2>
        {submission.isPurged ? (
          <p>{t("purged")}</p>
        ) : contents ? (
          <SubmissionAnswers contents={contents} submissionId={submission.id} />
        ) : (
          <p>
            <Link
              href={withBack(`/admin/submissions/${submission.id}?show=answers`)}
              className="btn btn-secondary"
            >
              {t("showAnswers")}
            </Link>
            <span className="hint block">{t("answersLogged")}</span>
          </p>
        )}
      </section>
    </>
  );
}
