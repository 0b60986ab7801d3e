"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { StatusMessage } from "@/components/ui/status-message";
import { TextField } from "@/components/ui/text-field";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";

type TFormAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

/** Change password (other sessions end) and sign out everywhere (every session ends, this one too). */
export function SessionsPanel({
  hasPassword,
  actions,
}: {
  hasPassword: boolean;
  actions: { changePassword: TFormAction; signOutEverywhere: () => Promise<void> };
}) {
  const t = useTranslations("security");
  const [passwordState, passwordAction, isChanging] = useActionState(actions.changePassword, IDLE_STATE);
  const fieldError = (name: string) => {
    const keys = passwordState.fieldErrors?.[name];
    if (!keys?.length) return undefined;
    return keys.map((key) =>
      key === "wrongPassword"
        ? t("wrongPassword")
        : key === "passwordsDiffer"
          ? t("passwordsDiffer")
          : t("passwordRule"),
    );
  };
  return (
    <>
      {hasPassword ? (
        <section className="panel mt-6 max-w-2xl" aria-labelledby="password-title">
          <h2 id="password-title">{t("passwordTitle")}</h2>
          <p className="mt-2">{t("passwordBody")}</p>
          {passwordState.status === "ok" ? (
            <StatusMessage>
              {t("passwordChanged", { count: Number(passwordState.data?.endedSessions ?? 0) })}
            </StatusMessage>
          ) : null}
          {passwordState.messageKey === "passwordThrottled" ? (
            <div role="alert" className="alert mb-4">
              {t("passwordThrottled")}
            </div>
          ) : null}
          <form action={passwordAction} className="mt-4" noValidate>
            <TextField
              id="current-password"
              name="currentPassword"
              type="password"
              label={t("currentPassword")}
              autoComplete="current-password"
              errors={fieldError("currentPassword")}
            />
            <TextField
              id="new-password"
              name="newPassword"
              type="password"
              label={t("newPassword")}
              hint={t("passwordRule")}
              autoComplete="new-password"
              errors={fieldError("newPassword")}
            />
            <TextField
              id="confirm-password"
              name="confirmPassword"
              type="password"
              label={t("confirmPassword")}
              autoComplete="new-password"
              errors={fieldError("confirmPassword")}
            />
            <button type="submit" className="btn" disabled={isChanging}>
              {t("changePassword")}
            </button>
          </form>
        </section>
      ) : null}
      <section className="panel mt-6 max-w-2xl" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t("sessionsTitle")}</h2>
        <p className="mt-2">{t("sessionsBody")}</p>
        <form action={actions.signOutEverywhere} className="mt-4">
          <button type="submit" className="btn btn-danger">
            {t("signOutEverywhere")}
          </button>
        </form>
      </section>
    </>
  );
}
