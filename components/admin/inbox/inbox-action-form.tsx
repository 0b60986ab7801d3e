"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { StatusMessage } from "@/components/ui/status-message";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

/** A server-action form of the inbox: hidden fields, the outcome in a live region, one submit button. */
export function InboxActionForm({
  action,
  submitLabel,
  hidden = {},
  children,
  className = "",
  buttonClassName = "btn btn-secondary",
}: {
  action: TAction;
  submitLabel: string;
  hidden?: Record<string, string>;
  children?: React.ReactNode;
  className?: string;
  buttonClassName?: string;
}) {
  const t = useTranslations("inbox");
  const tErrors = useTranslations("errors");
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  return (
    <form action={formAction} className={className}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === "error" ? (
        <StatusMessage tone="alert">
          {state.messageKey && t.has(state.messageKey) ? t(state.messageKey) : tErrors("invalidInput")}
        </StatusMessage>
      ) : null}
      {state.status === "ok" && state.messageKey ? (
        <StatusMessage>{t(state.messageKey)}</StatusMessage>
      ) : null}
      {children}
      <button type="submit" className={buttonClassName} disabled={isPending}>
        {submitLabel}
      </button>
    </form>
  );
}
