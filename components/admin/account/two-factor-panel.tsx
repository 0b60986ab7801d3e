"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { StatusMessage } from "@/components/ui/status-message";
import { TextField } from "@/components/ui/text-field";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";

type TFormAction = (state: TActionState, formData: FormData) => Promise<TActionState>;
type TBeginAction = (state: TActionState) => Promise<TActionState>;

export function TwoFactorPanel({
  isEnabled,
  actions,
}: {
  isEnabled: boolean;
  actions: { begin: TBeginAction; confirm: TFormAction; disable: TFormAction };
}) {
  const t = useTranslations("security");
  const [beginState, beginAction, isBeginning] = useActionState(actions.begin, IDLE_STATE);
  const [confirmState, confirmAction] = useActionState(actions.confirm, IDLE_STATE);
  const [disableState, disableAction] = useActionState(actions.disable, IDLE_STATE);
  const wrongCode = (state: TActionState) => (state.status === "error" ? [t("wrongCode")] : undefined);

  if (isEnabled || confirmState.status === "ok") {
    return (
      <section className="panel mt-6 max-w-2xl" aria-labelledby="tf-title">
        <h2 id="tf-title">{t("enabledTitle")}</h2>
        {confirmState.status === "ok" ? <StatusMessage>{t("enabled")}</StatusMessage> : null}
        {disableState.status === "ok" ? <StatusMessage>{t("disabled")}</StatusMessage> : null}
        <p className="mt-2">{t("enabledBody")}</p>
        <form action={disableAction} className="mt-4">
          <TextField
            id="disable-code"
            name="code"
            label={t("code")}
            inputMode="numeric"
            autoComplete="one-time-code"
            errors={wrongCode(disableState)}
          />
          <button type="submit" className="btn btn-danger">
            {t("disable")}
          </button>
        </form>
      </section>
    );
  }
  const secret = typeof beginState.data?.secret === "string" ? beginState.data.secret : null;
  const uri = typeof beginState.data?.uri === "string" ? beginState.data.uri : null;
  return (
    <section className="panel mt-6 max-w-2xl" aria-labelledby="tf-title">
      <h2 id="tf-title">{t("setupTitle")}</h2>
      <p className="mt-2">{t("setupBody")}</p>
      {!secret ? (
        <form action={beginAction} className="mt-4">
          <button type="submit" className="btn" disabled={isBeginning}>
            {t("begin")}
          </button>
        </form>
      ) : (
        <>
          <ol className="mt-4 list-decimal space-y-2 pl-6">
            <li>
              {t("step1")}{" "}
              <code
                className="break-all rounded bg-fi-depth-light-3 px-1 font-mono"
                data-testid="totp-secret"
              >
                {secret}
              </code>
            </li>
            <li>
              {t("step2")} <a href={uri ?? "#"}>{t("openApp")}</a>
            </li>
            <li>{t("step3")}</li>
          </ol>
          <form action={confirmAction} className="mt-4">
            <TextField
              id="confirm-code"
              name="code"
              label={t("code")}
              inputMode="numeric"
              autoComplete="one-time-code"
              errors={wrongCode(confirmState)}
            />
            <button type="submit" className="btn">
              {t("confirm")}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
