"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { StatusMessage } from "@/components/ui/status-message";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";
import {
  CASE_MESSAGE_KINDS,
  CASE_MESSAGE_NEEDS,
  CASE_MESSAGE_TEMPLATE_OF,
  MAX_CASE_ATTACHMENT_BYTES,
  MAX_CASE_ATTACHMENTS,
  type TCaseMessageKind,
} from "@/lib/case-messages/case-message-kinds";
import type { TCaseMessageComposer } from "@/lib/case-messages/get-case-message-composer";
import {
  CASE_MESSAGE_BODY_LIMIT,
  formatCaseMessageDate,
  renderCaseMessage,
} from "@/lib/forms/render-case-message";
import type { TLanguage } from "@/lib/forms/localized-text";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

/**
 * The handler's message to the citizen: a template or a free message, previewed exactly as it is sent (the same
 * pure renderer as the server). `messageId` (made when the page was drawn) makes the send idempotent; the page
 * drawn after a send brings a new one and the panel starts afresh.
 */
export function CaseMessagePanel({
  composer,
  messageId,
  action,
}: {
  composer: TCaseMessageComposer;
  messageId: string;
  action: TAction;
}) {
  const t = useTranslations("caseMessages");
  const tErrors = useTranslations("errors");
  const locale = useLocale() as TLanguage;
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  const [kind, setKind] = useState<TCaseMessageKind>("free");
  const [handlerText, setHandlerText] = useState("");
  const [freeTitle, setFreeTitle] = useState("");
  const [deadline, setDeadline] = useState("");
  const [decisionDate, setDecisionDate] = useState("");
  const [fileNames, setFileNames] = useState<string[]>([]);
  // Checked here too, so a file the server would refuse never has to travel (the server checks the content).
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const filesRef = useRef<HTMLInputElement>(null);
  const [shownFor, setShownFor] = useState(messageId);
  // A new messageId is a new message: the one before was sent (adjusted while rendering, React's pattern).
  if (shownFor !== messageId) {
    setShownFor(messageId);
    setHandlerText("");
    setFreeTitle("");
    setDeadline("");
    setDecisionDate("");
    setFileNames([]);
    setFileProblem(null);
  }
  // The file input keeps its files outside React state.
  useEffect(() => {
    if (filesRef.current) filesRef.current.value = "";
  }, [messageId]);

  const needs = CASE_MESSAGE_NEEDS[kind];
  const preview = renderCaseMessage({
    kind: CASE_MESSAGE_TEMPLATE_OF[kind],
    templates: composer.templates,
    language: composer.language,
    reference: composer.reference,
    formTitle: composer.formTitle,
    date: formatCaseMessageDate(composer.today, composer.language),
    deadline: deadline ? formatCaseMessageDate(deadline, composer.language) : "",
    decisionDate: decisionDate ? formatCaseMessageDate(decisionDate, composer.language) : "",
    handlerText,
    freeTitle,
  });
  const isSupplement = kind === "supplement-request";
  const errorKey = state.status === "error" ? state.messageKey : undefined;

  return (
    <section className="panel mt-8" aria-labelledby="case-message-title" data-testid="case-message-panel">
      <h2 id="case-message-title">{t("title")}</h2>
      <p className="hint">{t("intro", { language: t(`languages.${composer.language}`) })}</p>
      {composer.pendingDeadline ? (
        <p data-testid="pending-deadline">
          {t("waitingUntil", { deadline: formatCaseMessageDate(composer.pendingDeadline, locale) })}
        </p>
      ) : null}
      {!composer.hasRecipient ? (
        <StatusMessage tone="alert">{t("errors.caseMessageNoRecipient")}</StatusMessage>
      ) : null}
      {errorKey ? (
        <StatusMessage tone="alert">
          {t.has(`errors.${errorKey}`) ? t(`errors.${errorKey}`) : tErrors("invalidInput")}
        </StatusMessage>
      ) : null}
      {state.status === "ok" ? <StatusMessage>{t("sent")}</StatusMessage> : null}
      <form action={formAction} className="mt-2">
        <input type="hidden" name="submissionId" value={composer.submissionId} />
        <input type="hidden" name="messageId" value={messageId} />
        <label htmlFor="case-kind" className="label">
          {t("kind")}
        </label>
        <select
          id="case-kind"
          name="kind"
          className="input"
          value={kind}
          onChange={(event) => setKind(event.target.value as TCaseMessageKind)}
        >
          {CASE_MESSAGE_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`kinds.${option}`)}
            </option>
          ))}
        </select>
        {kind === "free" ? (
          <>
            <label htmlFor="case-free-title" className="label mt-3">
              {t("freeTitle")}
            </label>
            <span id="case-free-title-hint" className="hint">
              {t("freeTitleHint")}
            </span>
            <input
              id="case-free-title"
              name="freeTitle"
              className="input w-full"
              value={freeTitle}
              aria-describedby="case-free-title-hint"
              onChange={(event) => setFreeTitle(event.target.value)}
            />
          </>
        ) : null}
        {needs.deadline ? (
          <>
            <label htmlFor="case-deadline" className="label mt-3">
              {t("deadline")}
            </label>
            <input
              id="case-deadline"
              name="deadline"
              type="date"
              className="input"
              min={composer.today}
              value={deadline}
              required
              onChange={(event) => setDeadline(event.target.value)}
            />
          </>
        ) : null}
        {needs.decisionDate ? (
          <>
            <label htmlFor="case-decision-date" className="label mt-3">
              {t("decisionDate")}
            </label>
            <input
              id="case-decision-date"
              name="decisionDate"
              type="date"
              className="input"
              min={composer.today}
              value={decisionDate}
              required
              onChange={(event) => setDecisionDate(event.target.value)}
            />
          </>
        ) : null}
        <label htmlFor="case-handler-text" className="label mt-3">
          {kind === "free" ? t("body") : t("handlerText")}
        </label>
        <textarea
          id="case-handler-text"
          name="handlerText"
          className="input w-full"
          rows={6}
          value={handlerText}
          onChange={(event) => setHandlerText(event.target.value)}
        />
        <label htmlFor="case-attachments" className="label mt-3">
          {t("attachments")}
        </label>
        <span id="case-attachments-hint" className="hint">
          {t("attachmentsHint", { max: MAX_CASE_ATTACHMENTS })}
        </span>
        {fileProblem ? (
          <span id="case-attachments-error" className="field-error">
            {t(`errors.${fileProblem}`)}
          </span>
        ) : null}
        <input
          id="case-attachments"
          ref={filesRef}
          name="attachments"
          type="file"
          accept="application/pdf,.pdf"
          className="block w-full max-w-full text-base"
          multiple
          aria-describedby={
            fileProblem ? "case-attachments-hint case-attachments-error" : "case-attachments-hint"
          }
          aria-invalid={fileProblem ? true : undefined}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            setFileNames(files.map((file) => file.name));
            setFileProblem(
              files.length > MAX_CASE_ATTACHMENTS
                ? "caseMessageTooManyFiles"
                : files.some(
                      (file) =>
                        !/\.pdf$/i.test(file.name) || (file.type !== "" && file.type !== "application/pdf"),
                    )
                  ? "caseMessageNotPdf"
                  : files.some((file) => file.size > MAX_CASE_ATTACHMENT_BYTES)
                    ? "caseMessageFileTooLarge"
                    : null,
            );
          }}
        />
        <div className="mt-3 flex items-start gap-2">
          <input
            id="case-reply-allowed"
            type="checkbox"
            name="isReplyAllowed"
            value="on"
            defaultChecked
            disabled={isSupplement}
            aria-describedby={isSupplement ? "case-reply-allowed-hint" : undefined}
          />
          <label htmlFor="case-reply-allowed">{t("replyAllowed")}</label>
        </div>
        {isSupplement ? (
          <p id="case-reply-allowed-hint" className="hint">
            {t("replyRequired")}
          </p>
        ) : null}
        <div className="mt-2 flex items-start gap-2">
          <input
            id="case-verifiable"
            type="checkbox"
            name="isVerifiable"
            value="on"
            aria-describedby="case-verifiable-hint"
          />
          <label htmlFor="case-verifiable">{t("verifiable")}</label>
        </div>
        <p id="case-verifiable-hint" className="hint">
          {t("verifiableHint")}
        </p>

        <h3 className="mt-4">{t("preview")}</h3>
        <div className="border border-fi-depth-light-1 p-3" data-testid="case-message-preview">
          <p className="font-semibold break-words" data-testid="preview-title">
            {preview.title}
          </p>
          <p className="mt-2 whitespace-pre-wrap break-words" data-testid="preview-body">
            {preview.body}
          </p>
          {fileNames.length > 0 ? (
            <ul className="mt-2" aria-label={t("previewAttachments")}>
              {fileNames.map((name) => (
                <li key={name} className="break-all">
                  {name}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <p
          id="case-count"
          className={preview.isBodyTooLong ? "field-error" : "hint"}
          aria-live="polite"
          data-testid="preview-count"
        >
          {t("count", { count: preview.bodyLength, max: CASE_MESSAGE_BODY_LIMIT })}
        </p>
        <button
          type="submit"
          className="btn mt-3"
          disabled={isPending || preview.isBodyTooLong || !composer.hasRecipient || fileProblem !== null}
          aria-describedby="case-count"
        >
          {t("send")}
        </button>
      </form>
    </section>
  );
}
