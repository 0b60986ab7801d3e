"use client";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ErrorSummary } from "@/components/ui/error-summary";
import { StatusMessage } from "@/components/ui/status-message";
import { TextField } from "@/components/ui/text-field";
import { IDLE_STATE, type TActionState } from "@/lib/auth/action-state";

type TEnvironment = "sandbox" | "qa" | "production";
type TDefaults = Record<
  string,
  {
    restBaseUrl: string;
    username: string;
    postOrganizationId: string;
    postProfile: string;
    hasPassword: boolean;
  }
>;
type TAction = (state: TActionState, formData: FormData) => Promise<TActionState>;

const FIELD_IDS = {
  restBaseUrl: "sf-url",
  username: "sf-username",
  password: "sf-password",
  postOrganizationId: "sf-org",
  postProfile: "sf-profile",
} as const;

export function ConnectionForm({
  initialEnvironment,
  defaults,
  action,
}: {
  initialEnvironment: TEnvironment;
  defaults: TDefaults;
  action: TAction;
}) {
  const t = useTranslations("suomifiSettings");
  const tErrors = useTranslations("errors");
  const [environment, setEnvironment] = useState<TEnvironment>(initialEnvironment);
  const [state, formAction, isPending] = useActionState(action, IDLE_STATE);
  const current = defaults[environment]!;
  const errors = state.fieldErrors ?? {};
  const summary = Object.entries(errors)
    .filter(([key]) => key in FIELD_IDS)
    .map(([key, messages]) => ({
      fieldId: FIELD_IDS[key as keyof typeof FIELD_IDS],
      message: `${t(`field_${key}`)}: ${messages.join(" ")}`,
    }));
  return (
    // key: switching the environment resets the fields to that environment's stored values
    <form key={environment} action={formAction} noValidate className="mt-4">
      <ErrorSummary title={tErrors("errorSummaryTitle")} items={summary} />
      {state.status === "ok" ? <StatusMessage>{t("saved")}</StatusMessage> : null}
      {state.status === "error" && !state.fieldErrors && state.messageKey ? (
        <StatusMessage tone="alert">
          {state.messageKey === "FORBIDDEN" ? t("passwordNeeded") : tErrors(state.messageKey)}
        </StatusMessage>
      ) : null}
      <div className="mb-5">
        <label htmlFor="sf-environment" className="label">
          {t("environment")}
        </label>
        <select
          id="sf-environment"
          name="environment"
          className="input"
          value={environment}
          onChange={(event) => setEnvironment(event.target.value as TEnvironment)}
        >
          <option value="sandbox">{t("env_sandbox")}</option>
          <option value="qa">{t("env_qa")}</option>
          <option value="production">{t("env_production")}</option>
        </select>
      </div>
      <TextField
        id={FIELD_IDS.restBaseUrl}
        name="restBaseUrl"
        label={t("field_restBaseUrl")}
        defaultValue={current.restBaseUrl}
        errors={errors.restBaseUrl}
      />
      <TextField
        id={FIELD_IDS.username}
        name="username"
        label={t("field_username")}
        defaultValue={current.username}
        autoComplete="off"
        errors={errors.username}
      />
      <TextField
        id={FIELD_IDS.password}
        name="password"
        type="password"
        label={t("field_password")}
        hint={current.hasPassword ? t("passwordKeepHint") : t("passwordNewHint")}
        autoComplete="new-password"
        errors={errors.password}
      />
      <TextField
        id={FIELD_IDS.postOrganizationId}
        name="postOrganizationId"
        label={t("field_postOrganizationId")}
        hint={t("postOrganizationIdHint")}
        defaultValue={current.postOrganizationId}
        errors={errors.postOrganizationId}
      />
      <div className="mb-5">
        <label htmlFor={FIELD_IDS.postProfile} className="label">
          {t("field_postProfile")}
        </label>
        <span id="sf-profile-hint" className="hint">
          {t("postProfileHint")}
        </span>
        {errors.postProfile ? (
          <span id="sf-profile-error" className="field-error">
            {errors.postProfile.join(" ")}
          </span>
        ) : null}
        <textarea
          id={FIELD_IDS.postProfile}
          name="postProfile"
          rows={14}
          spellCheck={false}
          className="input max-w-none font-mono text-sm"
          defaultValue={current.postProfile}
          aria-describedby={errors.postProfile ? "sf-profile-hint sf-profile-error" : "sf-profile-hint"}
          aria-invalid={errors.postProfile ? true : undefined}
        />
      </div>
      <button type="submit" className="btn" disabled={isPending}>
        {t("save")}
      </button>
    </form>
  );
}
