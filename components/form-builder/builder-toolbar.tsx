"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useBuilder } from "./builder-context";
import type { TSaveStatus } from "./use-autosave";

export const BUILDER_TABS = [
  "build",
  "translations",
  "preview",
  "diagnostics",
  "publish",
  "importExport",
] as const;
export type TBuilderTab = (typeof BUILDER_TABS)[number];

const STATUS_TONE: Record<TSaveStatus, string> = {
  saved: "text-fi-success-dark-1",
  pending: "text-fi-black-light-1",
  saving: "text-fi-black-light-1",
  conflict: "text-fi-alert-base",
  invalid: "text-fi-alert-base",
  tooLarge: "text-fi-alert-base",
  error: "text-fi-alert-base",
};

export function BuilderToolbar({
  title,
  tab,
  onTab,
  formId,
  saveStatus,
  blockerCount,
  warningCount,
}: {
  title: string;
  tab: TBuilderTab;
  onTab: (tab: TBuilderTab) => void;
  formId: string;
  saveStatus: TSaveStatus;
  blockerCount: number;
  warningCount: number;
}) {
  const t = useTranslations("builder");
  const { state, dispatch } = useBuilder();
  return (
    <header className="border-b-4 border-fi-brand-base bg-fi-white-base">
      <a href="#main" className="skip-link">
        {t("skipToContent")}
      </a>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2 lg:px-4">
        <Link href="/admin/forms">{t("backToForms")}</Link>
        <span className="text-xl font-semibold text-fi-brand-base">{title}</span>
        <span
          role="status"
          className={`font-semibold ${STATUS_TONE[saveStatus]}`}
          data-testid="save-status"
          data-status={saveStatus}
        >
          {t(`saveStatus.${saveStatus}`)}
        </span>
        <span className="ml-auto flex flex-wrap items-center gap-2">
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => dispatch({ type: "undo" })}
            disabled={state.past.length === 0}
          >
            {t("undo")}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => dispatch({ type: "redo" })}
            disabled={state.future.length === 0}
          >
            {t("redo")}
          </button>
          <Link href={`/admin/forms/${formId}/settings`} className="btn btn-secondary">
            {t("settingsLink")}
          </Link>
          <Link href={`/admin/forms/${formId}/versions`} className="btn btn-secondary">
            {t("versionsLink")}
          </Link>
        </span>
      </div>
      {saveStatus === "conflict" ? (
        <div role="alert" className="alert mx-3 mb-2 lg:mx-4">
          <p className="font-semibold">{t("errors.STALE_REVISION")}</p>
          <button type="button" className="btn btn-secondary mt-2" onClick={() => window.location.reload()}>
            {t("reload")}
          </button>
        </div>
      ) : null}
      {saveStatus === "tooLarge" ? (
        <p role="alert" className="alert mx-3 mb-2 lg:mx-4">
          {t("tooLargeDraft")}
        </p>
      ) : null}
      {saveStatus === "invalid" ? (
        <p role="alert" className="alert mx-3 mb-2 lg:mx-4">
          {t("invalidDraft")}
        </p>
      ) : null}
      <nav aria-label={t("views")} className="bg-fi-depth-light-3 px-3 lg:px-4">
        <ul className="flex flex-wrap gap-1">
          {BUILDER_TABS.map((name) => (
            <li key={name}>
              <button
                type="button"
                aria-current={tab === name ? "page" : undefined}
                className={`px-3 py-2 font-semibold ${tab === name ? "border-b-4 border-fi-highlight-base bg-fi-white-base" : "text-fi-highlight-dark-1 underline"}`}
                onClick={() => onTab(name)}
              >
                {name === "diagnostics"
                  ? t("tabs.diagnosticsCount", { blockers: blockerCount, warnings: warningCount })
                  : t(`tabs.${name}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
