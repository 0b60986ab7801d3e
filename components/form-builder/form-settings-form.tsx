"use client";
import Link from "next/link";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useForm, useWatch, type FieldPath } from "react-hook-form";
import { ErrorSummary } from "@/components/ui/error-summary";
import { StatusMessage } from "@/components/ui/status-message";
import type { TActionResult } from "@/lib/auth/action-state";
import { ZFormSettings, type TFormSettings } from "@/lib/form-admin/form-settings-schema";
import type { TFormSettingsView } from "@/lib/form-admin/form-settings";
import { LANGUAGES, type TLanguage } from "@/lib/forms/localized-text";
import { CaseMessageTemplateFields } from "./case-message-template-fields";

type TSaveSettings = (input: {
  formId: string;
  settings: TFormSettings;
}) => Promise<TActionResult<{ saved: boolean }>>;
type TTextName =
  | "closedMessage"
  | "pauseMessage"
  | "receiptTitle"
  | "receiptBody"
  | "privacyNotice"
  | "caseNotificationTitle"
  | "caseNotificationContent";

const numberOrNull = (value: unknown) => (value === "" || value === null ? null : Number(value));

export function FormSettingsForm({ view, action }: { view: TFormSettingsView; action: TSaveSettings }) {
  const t = useTranslations("formSettings");
  const tLanguages = useTranslations("builder.languages");
  const tErrors = useTranslations("builder.errors");
  const tCommon = useTranslations("errors");
  const [result, setResult] = useState<TActionResult<{ saved: boolean }> | null>(null);
  const [isPending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    control,
    formState: { errors, submitCount },
  } = useForm<TFormSettings>({ resolver: zodResolver(ZFormSettings), defaultValues: view.settings });
  const openMode = useWatch({ control, name: "openMode" });
  const slug = useWatch({ control, name: "slug" });

  const errorText = (name: FieldPath<TFormSettings>) => {
    const message = name
      .split(".")
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], errors) as
      { message?: string } | undefined;
    if (!message?.message) return undefined;
    return t.has(`errors.${message.message}`) ? t(`errors.${message.message}`) : t("errors.invalid");
  };
  const summary = (
    [
      "slug",
      "opensAt",
      "closesAt",
      "maxSubmissions",
      "accessibilityStatementUrl",
      "draftLifetimeDays",
      "retentionDays",
      "supplementReminderDays",
      "mayFileForPerson",
      "mandateIssueCode",
    ] as const
  )
    .map((name) => ({ fieldId: `settings-${name}`, message: errorText(name) }))
    .filter((item): item is { fieldId: string; message: string } => item.message !== undefined)
    .map((item) => ({
      ...item,
      message: `${t(item.fieldId.replace("settings-", "labels."))}: ${item.message}`,
    }))
    .concat(
      errorText("caseNotificationTitle")
        ? [{ fieldId: "settings-caseNotificationTitle-fi", message: errorText("caseNotificationTitle")! }]
        : [],
    );

  const onSubmit = handleSubmit((settings) => {
    startTransition(async () => setResult(await action({ formId: view.formId, settings })));
  });

  const field = (name: FieldPath<TFormSettings>, label: string, input: React.ReactNode, hint?: string) => {
    const error = errorText(name);
    const id = `settings-${name.replace(/\./g, "-")}`;
    return (
      <div className="mb-5">
        <label htmlFor={id} className="label">
          {label}
        </label>
        {hint ? (
          <span id={`${id}-hint`} className="hint">
            {hint}
          </span>
        ) : null}
        {error ? (
          <span id={`${id}-error`} className="field-error">
            {error}
          </span>
        ) : null}
        {input}
      </div>
    );
  };
  const describedBy = (name: string, hasHint = false) =>
    [
      hasHint ? `settings-${name}-hint` : "",
      errorText(name as FieldPath<TFormSettings>) ? `settings-${name}-error` : "",
    ]
      .filter(Boolean)
      .join(" ") || undefined;

  const localizedTexts = (name: TTextName, languages: readonly TLanguage[], isMultiline: boolean) =>
    languages.map((language) => {
      const id = `settings-${name}-${language}`;
      const props = { id, className: "input", ...register(`${name}.${language}`) };
      return (
        <div key={language} className="mb-4">
          <label htmlFor={id} className="label">
            {t(`labels.${name}`)} ({tLanguages(language)})
          </label>
          {isMultiline ? <textarea rows={4} {...props} /> : <input {...props} />}
        </div>
      );
    });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 max-w-3xl">
      {submitCount > 0 ? <ErrorSummary title={tCommon("errorSummaryTitle")} items={summary} /> : null}
      {result?.status === "ok" ? <StatusMessage>{t("saved")}</StatusMessage> : null}
      {result && result.status !== "ok" ? (
        <StatusMessage tone="alert">{tErrors(result.messageKey)}</StatusMessage>
      ) : null}

      <section className="panel mb-6" aria-labelledby="settings-address">
        <h2 id="settings-address" className="mb-3">
          {t("sections.address")}
        </h2>
        {field(
          "slug",
          t("labels.slug"),
          <input
            id="settings-slug"
            className="input"
            aria-describedby={describedBy("slug", true)}
            {...register("slug")}
          />,
          t("slugHint"),
        )}
        <p>
          {t("publicAddress")}{" "}
          <code>
            /f/{view.organizationSlug}/{slug}
          </code>
        </p>
      </section>

      <section className="panel mb-6" aria-labelledby="settings-window">
        <h2 id="settings-window" className="mb-3">
          {t("sections.window")}
        </h2>
        <p className="hint">{t("timeZoneNote")}</p>
        <fieldset className="mb-4">
          <legend className="label">{t("labels.openMode")}</legend>
          {(["now", "from"] as const).map((mode) => (
            <div key={mode} className="flex items-center gap-2 py-1">
              <input
                id={`settings-openMode-${mode}`}
                type="radio"
                value={mode}
                className="h-5 w-5"
                {...register("openMode")}
              />
              <label htmlFor={`settings-openMode-${mode}`}>{t(`openModes.${mode}`)}</label>
            </div>
          ))}
        </fieldset>
        {openMode === "from"
          ? field(
              "opensAt",
              t("labels.opensAt"),
              <input
                id="settings-opensAt"
                type="datetime-local"
                className="input"
                aria-describedby={describedBy("opensAt")}
                {...register("opensAt")}
              />,
            )
          : null}
        {field(
          "closesAt",
          t("labels.closesAt"),
          <input
            id="settings-closesAt"
            type="datetime-local"
            className="input"
            aria-describedby={describedBy("closesAt", true)}
            {...register("closesAt")}
          />,
          t("closesAtHint"),
        )}
        {field(
          "maxSubmissions",
          t("labels.maxSubmissions"),
          <input
            id="settings-maxSubmissions"
            type="number"
            min={1}
            inputMode="numeric"
            className="input"
            aria-describedby={describedBy("maxSubmissions", true)}
            {...register("maxSubmissions", { setValueAs: numberOrNull })}
          />,
          t("maxSubmissionsHint"),
        )}
        {localizedTexts("closedMessage", view.languages, true)}
        <div className="mb-4 flex items-center gap-2">
          <input id="settings-isPaused" type="checkbox" className="h-5 w-5" {...register("isPaused")} />
          <label htmlFor="settings-isPaused" className="font-semibold">
            {t("labels.isPaused")}
          </label>
        </div>
        <p className="hint">{t("pauseHint")}</p>
        {localizedTexts("pauseMessage", view.languages, false)}
      </section>

      <section className="panel mb-6" aria-labelledby="settings-suomifi">
        <h2 id="settings-suomifi" className="mb-3">
          {t("sections.suomifi")}
        </h2>
        {view.services.length === 0 ? (
          <p>{t("noServices")}</p>
        ) : (
          field(
            "suomifiServiceId",
            t("labels.suomifiServiceId"),
            <select id="settings-suomifiServiceId" className="input" {...register("suomifiServiceId")}>
              <option value="">{t("noService")}</option>
              {view.services.map((service) => (
                <option key={service.id} value={service.id}>
                  {service.name} ({service.serviceId})
                </option>
              ))}
            </select>,
          )
        )}
        <h3 className="mt-4">{t("receiptTitle")}</h3>
        <p className="hint">{t("receiptHint")}</p>
        {localizedTexts("receiptTitle", view.languages, false)}
        {localizedTexts("receiptBody", view.languages, true)}
        <div className="mb-1 mt-4 flex items-center gap-2">
          <input
            id="settings-isPaperOnly"
            type="checkbox"
            className="h-5 w-5"
            aria-describedby="settings-isPaperOnly-hint"
            {...register("isPaperOnly")}
          />
          <label htmlFor="settings-isPaperOnly" className="font-semibold">
            {t("paperOnly.label")}
          </label>
        </div>
        <p id="settings-isPaperOnly-hint" className="hint">
          {t("paperOnly.hint")}
        </p>
      </section>

      <section className="panel mb-6" aria-labelledby="settings-case-messages">
        <h2 id="settings-case-messages" className="mb-3">
          {t("sections.caseMessages")}
        </h2>
        <CaseMessageTemplateFields register={register} languages={view.languages} />
        {field(
          "supplementReminderDays",
          t("labels.supplementReminderDays"),
          <input
            id="settings-supplementReminderDays"
            type="number"
            min={1}
            max={60}
            className="input w-32"
            aria-describedby={describedBy("supplementReminderDays", true)}
            {...register("supplementReminderDays", { setValueAs: Number })}
          />,
          t("supplementReminderDaysHint"),
        )}
        <h3 className="mt-4">{t("caseNotificationHeading")}</h3>
        <p className="hint">{t("caseNotificationHint")}</p>
        {errorText("caseNotificationTitle") ? (
          <p className="field-error" data-testid="case-notification-error">
            {errorText("caseNotificationTitle")}
          </p>
        ) : null}
        {localizedTexts("caseNotificationTitle", LANGUAGES, false)}
        {localizedTexts("caseNotificationContent", LANGUAGES, true)}
      </section>

      <section className="panel mb-6" aria-labelledby="settings-privacy">
        <h2 id="settings-privacy" className="mb-3">
          {t("sections.privacy")}
        </h2>
        {localizedTexts("privacyNotice", LANGUAGES, true)}
        {field(
          "accessibilityStatementUrl",
          t("labels.accessibilityStatementUrl"),
          <input
            id="settings-accessibilityStatementUrl"
            type="url"
            inputMode="url"
            autoComplete="url"
            className="input"
            aria-describedby={describedBy("accessibilityStatementUrl", true)}
            {...register("accessibilityStatementUrl")}
          />,
          t("accessibilityStatementHint"),
        )}
      </section>

      <section className="panel mb-6" aria-labelledby="settings-handlers">
        <h2 id="settings-handlers" className="mb-3">
          {t("sections.handlers")}
        </h2>
        <fieldset>
          <legend className="label">{t("labels.notifyUserIds")}</legend>
          {view.handlers.length === 0 ? <p>{t("noHandlers")}</p> : null}
          {view.handlers.map((handler) => (
            <div key={handler.userId} className="flex items-center gap-2 py-1">
              <input
                id={`settings-notify-${handler.userId}`}
                type="checkbox"
                value={handler.userId}
                className="h-5 w-5"
                {...register("notifyUserIds")}
              />
              <label htmlFor={`settings-notify-${handler.userId}`}>{handler.label}</label>
            </div>
          ))}
        </fieldset>
      </section>

      <section className="panel mb-6" aria-labelledby="settings-identification">
        <h2 id="settings-identification" className="mb-3">
          {t("sections.identification")}
        </h2>
        <fieldset aria-describedby="settings-identification-hint">
          <legend className="label">{t("labels.identification")}</legend>
          {(["none", "required", "optional"] as const).map((mode) => (
            <div key={mode} className="flex items-center gap-2 py-1">
              <input
                id={`settings-identification-${mode}`}
                type="radio"
                value={mode}
                className="h-5 w-5"
                {...register("identification")}
              />
              <label htmlFor={`settings-identification-${mode}`}>{t(`identificationModes.${mode}`)}</label>
            </div>
          ))}
          <p id="settings-identification-hint" className="hint">
            {t("identificationHint")}
          </p>
        </fieldset>
        <fieldset className="mt-4" aria-describedby="settings-onBehalf-hint">
          <legend className="label">{t("labels.mayFileForPerson")}</legend>
          <p id="settings-onBehalf-hint" className="hint">
            {t("onBehalfHint")}
          </p>
          {errorText("mayFileForPerson") ? (
            <span id="settings-mayFileForPerson-error" className="field-error">
              {errorText("mayFileForPerson")}
            </span>
          ) : null}
          <div className="flex items-center gap-2 py-1">
            <input id="settings-onBehalf-self" type="checkbox" className="h-5 w-5" checked disabled />
            <label htmlFor="settings-onBehalf-self">{t("onBehalf.self")}</label>
          </div>
          <div className="flex items-center gap-2 py-1">
            <input
              id="settings-mayFileForPerson"
              type="checkbox"
              className="h-5 w-5"
              {...register("mayFileForPerson")}
            />
            <label htmlFor="settings-mayFileForPerson">{t("onBehalf.person")}</label>
          </div>
          <div className="flex items-center gap-2 py-1">
            <input
              id="settings-mayFileForCompany"
              type="checkbox"
              className="h-5 w-5"
              {...register("mayFileForCompany")}
            />
            <label htmlFor="settings-mayFileForCompany">{t("onBehalf.company")}</label>
          </div>
        </fieldset>
        {field(
          "mandateIssueCode",
          t("labels.mandateIssueCode"),
          <input
            id="settings-mandateIssueCode"
            className="input"
            aria-describedby={describedBy("mandateIssueCode", true)}
            {...register("mandateIssueCode")}
          />,
          t("mandateIssueCodeHint"),
        )}
      </section>

      <section className="panel mb-6" aria-labelledby="settings-retention">
        <h2 id="settings-retention" className="mb-3">
          {t("sections.retention")}
        </h2>
        {field(
          "draftLifetimeDays",
          t("labels.draftLifetimeDays"),
          <input
            id="settings-draftLifetimeDays"
            type="number"
            min={1}
            max={365}
            className="input"
            {...register("draftLifetimeDays", { valueAsNumber: true })}
          />,
        )}
        {field(
          "retentionDays",
          t("labels.retentionDays"),
          <input
            id="settings-retentionDays"
            type="number"
            min={1}
            max={3650}
            className="input"
            {...register("retentionDays", { valueAsNumber: true })}
          />,
        )}
      </section>

      <section className="panel mb-6" aria-labelledby="settings-delivery">
        <h2 id="settings-delivery" className="mb-3">
          {t("sections.delivery")}
        </h2>
        <p>
          {t("deliveryBody")} <Link href="/admin/delivery">{t("deliveryLink")}</Link>
        </p>
      </section>

      <button type="submit" className="btn" disabled={isPending}>
        {t("save")}
      </button>
    </form>
  );
}
