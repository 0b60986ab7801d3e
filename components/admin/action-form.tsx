"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { StatusMessage } from "@/components/ui/status-message";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

export type TActionFormProps = {
  action: TAction;
  submitLabel: string;
  hidden?: Record<string, string>;
  children?: React.ReactNode;
  className?: string;
  buttonClassName?: string;
};

/**
 * A server-action form of the admin: hidden fields, one submit button, and the outcome in a live region in the
 * words of its page's messages (`namespace`). A secret or key the action returns (data.secret) is shown once: it
 * lives only in this response and is never stored readably.
 */
export function ActionForm({
  namespace,
  action,
  submitLabel,
  hidden = {},
  children,
  className = "",
  buttonClassName = "btn btn-secondary",
}: TActionFormProps & { namespace: "delivery" | "inbox" }) {
  const t = useTranslations(namespace);
  const tErrors = useTranslations("errors");
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  const secret = state.data?.secret;
  const values = { status: String(state.data?.status ?? ""), error: String(state.data?.error ?? "") };
  return (
    <form action={formAction} className={className}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state.status === "error" ? (
        <StatusMessage tone="alert">
          {state.messageKey && t.has(state.messageKey) ? t(state.messageKey, values) : tErrors("invalidInput")}
        </StatusMessage>
      ) : null}
      {state.status === "ok" && state.messageKey ? (
        <StatusMessage>
          <p>{t(state.messageKey, values)}</p>
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
