"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { StatusMessage } from "@/components/ui/status-message";
import { TextField } from "@/components/ui/text-field";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

export function ResetPasswordForm({ token, action }: { token: string; action: TAction }) {
  const t = useTranslations("reset");
  const tInvitation = useTranslations("invitation");
  const tErrors = useTranslations("errors");
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  const passwordErrors = state.fieldErrors?.password ? [tErrors("passwordTooShort")] : undefined;
  return (
    <form action={formAction} noValidate className="mt-6 max-w-md">
      <ErrorSummary
        title={tErrors("errorSummaryTitle")}
        items={passwordErrors ? [{ fieldId: "password", message: passwordErrors[0]! }] : []}
      />
      {state.status === "error" && !state.fieldErrors && state.messageKey ? (
        <StatusMessage tone="alert">{tErrors(state.messageKey)}</StatusMessage>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <TextField
        id="password"
        name="password"
        type="password"
        label={t("password")}
        hint={tInvitation("passwordHint")}
        autoComplete="new-password"
        required
        errors={passwordErrors}
      />
      <button type="submit" className="btn" disabled={isPending}>
        {t("submit")}
      </button>
    </form>
  );
}
