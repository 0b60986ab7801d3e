"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { StatusMessage } from "@/components/ui/status-message";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

/**
 * A server-action form of the delivery pages. Shows the outcome, and a secret or key (data.secret) once:
 * it lives only in this response and is never stored readably.
 */
export function DeliveryActionForm({
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
  const t = useTranslations("delivery");
  const tErrors = useTranslations("errors");
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  const secret = state.data?.secret;
  return (
    <form action={formAction} className={className}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === "error" ? (
        <StatusMessage tone="alert">
          {state.messageKey === "invalidInput"
            ? tErrors("invalidInput")
            : t(state.messageKey ?? "saved", { error: String(state.data?.error ?? "") })}
        </StatusMessage>
      ) : null}
      {state.status === "ok" && state.messageKey ? (
        <StatusMessage>
          <p>
            {t(state.messageKey, {
              status: String(state.data?.status ?? ""),
              error: String(state.data?.error ?? ""),
            })}
          </p>
          {typeof secret === "string" ? (
            <p className="mt-2 break-all">
              <code data-testid="shown-once-secret">{secret}</code>
            </p>
          ) : null}
        </StatusMessage>
      ) : null}
      {children}
      <button type="submit" className={buttonClassName} disabled={isPending}>
        {submitLabel}
      </button>
    </form>
  );
}
