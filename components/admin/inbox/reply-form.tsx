"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { StatusMessage } from "@/components/ui/status-message";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";
import { countReplyChars, MAX_REPLY_CHARS } from "@/lib/inbox/reply-text";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

/**
 * The handler's answer to a citizen. The count is of the text as Suomi.fi will count it (after normalisation);
 * `replyId` makes the send idempotent, and a new one (from the re-rendered page) starts the next answer.
 */
export function ReplyForm({
  action,
  messageId,
  replyId,
}: {
  action: TAction;
  messageId: string;
  replyId: string;
}) {
  const t = useTranslations("inbox");
  const tErrors = useTranslations("errors");
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  const [text, setText] = useState("");
  const count = countReplyChars(text);
  const isOver = count > MAX_REPLY_CHARS;
  return (
    <form action={formAction}>
      <input type="hidden" name="messageId" value={messageId} />
      <input type="hidden" name="replyId" value={replyId} />
      {state.status === "error" ? (
        <StatusMessage tone="alert">
          {state.messageKey && t.has(state.messageKey) ? t(state.messageKey) : tErrors("invalidInput")}
        </StatusMessage>
      ) : null}
      <label htmlFor="reply-body" className="label">
        {t("replyLabel")}
      </label>
      <span id="reply-count" className={isOver ? "field-error" : "hint"} aria-live="polite">
        {t("replyCount", { count, max: MAX_REPLY_CHARS })}
      </span>
      <textarea
        id="reply-body"
        name="body"
        className="input w-full"
        rows={6}
        value={text}
        onChange={(event) => setText(event.target.value)}
        aria-describedby="reply-count"
        aria-invalid={isOver ? true : undefined}
        required
      />
      <div className="mt-2 flex items-start gap-2">
        <input id="reply-allowed" type="checkbox" name="isReplyAllowed" value="on" defaultChecked />
        <label htmlFor="reply-allowed">{t("replyAllowed")}</label>
      </div>
      <button type="submit" className="btn mt-3" disabled={isPending || isOver}>
        {t("sendReply")}
      </button>
    </form>
  );
}
