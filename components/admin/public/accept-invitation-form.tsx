"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { StatusMessage } from "@/components/ui/status-message";
import { TextField } from "@/components/ui/text-field";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

export function AcceptInvitationForm({ token, action }: { token: string; action: TAction }) {
  const t = useTranslations("invitation");
  const tErrors = useTranslations("errors");
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  const nameErrors = state.fieldErrors?.name ? [tErrors("nameRequired")] : undefined;
  const passwordErrors = state.fieldErrors?.password ? [tErrors("passwordTooShort")] : undefined;
  const items = [
    ...(nameErrors ? [{ fieldId: "name", message: nameErrors[0]! }] : []),
    ...(passwordErrors ? [{ fieldId: "password", message: passwordErrors[0]! }] : []),
  ];
  return (
    <form action={formAction} noValidate className="mt-6 max-w-md">
      <ErrorSummary title={tErrors("errorSummaryTitle")} items={items} />
      {state.status === "error" && !state.fieldErrors && state.messageKey ? (
        <StatusMessage tone="alert">{tErrors(state.messageKey)}</StatusMessage>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <TextField id="name" name="name" label={t("name")} autoComplete="name" required errors={nameErrors} />
      <TextField
        id="password"
        name="password"
        type="password"
        label={t("password")}
        hint={t("passwordHint")}
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
