"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { StatusMessage } from "@/components/ui/status-message";
import { TextField } from "@/components/ui/text-field";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";

type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

export function ForgotPasswordForm({ action }: { action: TAction }) {
  const t = useTranslations("forgot");
  const tErrors = useTranslations("errors");
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  const emailErrors = state.fieldErrors?.email ? [tErrors("emailInvalid")] : undefined;
  const link = state.data?.link;
  return (
    <form action={formAction} noValidate className="mt-6 max-w-md">
      <ErrorSummary
        title={tErrors("errorSummaryTitle")}
        items={emailErrors ? [{ fieldId: "email", message: emailErrors[0]! }] : []}
      />
      {state.status === "ok" ? (
        <StatusMessage>
          <p>{t("sent")}</p>
          {typeof link === "string" ? (
            <p className="mt-2 break-all">
              {t("devLink")}{" "}
              <a href={link} data-testid="reset-link">
                {link}
              </a>
            </p>
          ) : null}
        </StatusMessage>
      ) : null}
      <TextField
        id="email"
        name="email"
        type="email"
        label={t("email")}
        autoComplete="username"
        required
        errors={emailErrors}
      />
      <button type="submit" className="btn" disabled={isPending}>
        {t("submit")}
      </button>
    </form>
  );
}
