"use client";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { describeTextContext } from "@/lib/form-admin/translation-file/describe-text-context";
import type { TDiagnostic } from "@/lib/forms/diagnostic";
import type { TFormDefinition } from "@/lib/forms/definition";
import { LANGUAGES, type TLanguage } from "@/lib/forms/localized-text";
import { isLocale } from "@/lib/i18n/locales";
import { checkTranslations, listTexts } from "@/lib/forms/translations";
import { useBuilder } from "./builder-context";
import { editTimestamp } from "./builder-state";
import { TranslationFilePanel, type TTranslationFileActions } from "./translation-file-panel";

/**
 * Every text side by side in Finnish, Swedish and English, with completeness per language and a filter; below,
 * the translation file a translator works in.
 */
export function TranslationsPanel({
  formId,
  fileActions,
  flush,
  currentRevision,
  onImported,
}: {
  formId: string;
  fileActions: TTranslationFileActions;
  flush: () => Promise<boolean>;
  currentRevision: () => number;
  onImported: (definition: TFormDefinition, revision: number, settingsBlockers: TDiagnostic[]) => void;
}) {
  const locale = useLocale();
  const t = useTranslations("builder.translations");
  const tLanguages = useTranslations("builder.languages");
  const { state, dispatch } = useBuilder();
  const definition = state.present;
  const [isMissingOnly, setMissingOnly] = useState(false);
  const others = definition.languages.filter((language) => language !== "fi");
  const texts = useMemo(() => listTexts(definition), [definition]);
  const reports = useMemo(() => checkTranslations(definition, others), [definition, others]);
  const rows = isMissingOnly
    ? texts.filter((entry) => others.some((language) => !entry.text[language]?.trim()))
    : texts;

  const toggleLanguage = (language: TLanguage, isOn: boolean) => {
    const languages = LANGUAGES.filter(
      (candidate) =>
        candidate === "fi" || (candidate === language ? isOn : definition.languages.includes(candidate)),
    );
    dispatch({
      type: "updateForm",
      definition: { ...definition, languages },
      at: editTimestamp(),
      coalesceKey: "languages",
    });
  };

  return (
    <section aria-labelledby="translations-title" className="panel">
      <h2 id="translations-title">{t("title")}</h2>
      <fieldset className="mt-3">
        <legend className="label">{t("languages")}</legend>
        <p className="hint">{t("languagesHint")}</p>
        <div className="flex flex-wrap gap-4">
          {LANGUAGES.map((language) => (
            <div key={language} className="flex items-center gap-2">
              <input
                id={`language-${language}`}
                type="checkbox"
                className="h-5 w-5"
                checked={definition.languages.includes(language)}
                disabled={language === "fi"}
                onChange={(event) => toggleLanguage(language, event.target.checked)}
              />
              <label htmlFor={`language-${language}`}>{tLanguages(language)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      {reports.length > 0 ? (
        <ul className="mt-4 flex flex-wrap gap-6" aria-label={t("completeness")}>
          {reports.map((report) => {
            const percent = report.total === 0 ? 100 : Math.floor((report.translated / report.total) * 100);
            return (
              <li key={report.language} data-testid={`completeness-${report.language}`}>
                <label htmlFor={`progress-${report.language}`} className="font-semibold">
                  {t("languageProgress", {
                    language: tLanguages(report.language),
                    translated: report.translated,
                    total: report.total,
                  })}
                </label>
                <progress id={`progress-${report.language}`} className="block w-48" max={100} value={percent}>
                  {percent} %
                </progress>
                <span className={report.isComplete ? "text-fi-success-dark-1" : "text-fi-alert-base"}>
                  {report.isComplete ? t("complete") : t("missing", { count: report.missing.length })}
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="mt-4">{t("onlyFinnish")}</p>
      )}
      <div className="mt-4 flex items-center gap-2">
        <input
          id="missing-only"
          type="checkbox"
          className="h-5 w-5"
          checked={isMissingOnly}
          onChange={(event) => setMissingOnly(event.target.checked)}
        />
        <label htmlFor="missing-only">{t("missingOnly")}</label>
      </div>
      <div className="mt-4 overflow-x-auto">
        <table className="data-table">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("where")}</th>
              {["fi" as const, ...others].map((language) => (
                <th scope="col" key={language}>
                  {tLanguages(language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((entry) => (
              <tr key={`${entry.path}-${state.externalVersion}`}>
                <th scope="row" className="text-sm font-normal">
                  {describeTextContext(entry.context, isLocale(locale) ? locale : "fi")}
                </th>
                {["fi" as const, ...others].map((language) => {
                  const id = `text-${entry.path.replace(/\//g, "-")}-${language}`;
                  const value = entry.text[language] ?? "";
                  const isMissing = language !== "fi" && value.trim() === "";
                  const isLong =
                    entry.path.endsWith("markdown") ||
                    entry.path === "instructions" ||
                    entry.path.endsWith("description") ||
                    /^exitPages\/\d+\/body$/.test(entry.path);
                  const props = {
                    id,
                    "aria-label": t("cellLabel", {
                      language: tLanguages(language),
                      text: entry.text.fi.slice(0, 60) || entry.path,
                    }),
                    className: `input ${isMissing ? "border-2 border-fi-alert-base" : ""}`,
                    defaultValue: value,
                    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
                      dispatch({
                        type: "setText",
                        path: entry.path,
                        language,
                        value: event.target.value,
                        at: editTimestamp(),
                      }),
                  };
                  return (
                    <td key={language}>{isLong ? <textarea rows={3} {...props} /> : <input {...props} />}</td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <TranslationFilePanel
        formId={formId}
        actions={fileActions}
        flush={flush}
        currentRevision={currentRevision}
        onImported={onImported}
      />
    </section>
  );
}
