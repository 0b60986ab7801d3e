"use client";
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useRef, useState, useTransition } from "react";
import type { TActionResult } from "@/lib/auth/action-state";
import type {
  TImportRefusal,
  TTranslationImportReport,
} from "@/lib/form-admin/translation-file/check-translation-import";
import { describeTextContext } from "@/lib/form-admin/translation-file/describe-text-context";
import type {
  TTranslationFormat,
  TTranslationTargetLanguage,
} from "@/lib/form-admin/translation-file/translation-document";
import type { TDiagnostic } from "@/lib/forms/diagnostic";
import type { TFormDefinition } from "@/lib/forms/definition";
import { listTexts } from "@/lib/forms/translations";
import { isLocale } from "@/lib/i18n/locales";
import { useBuilder } from "./builder-context";

type TImportInput = {
  formId: string;
  revision: number;
  fileBase64: string;
  isOtherRevisionConfirmed: boolean;
};
export type TTranslationFileActions = {
  exportTranslations: (input: {
    formId: string;
    language: TTranslationTargetLanguage;
    format: TTranslationFormat;
  }) => Promise<TActionResult<{ fileName: string; mediaType: string; base64: string }>>;
  previewImport: (input: TImportInput) => Promise<TActionResult<TTranslationImportReport>>;
  importTranslations: (input: TImportInput) => Promise<
    TActionResult<{
      revision: number;
      definition: TFormDefinition;
      report: TTranslationImportReport;
      settingsBlockers: TDiagnostic[];
    }>
  >;
};

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let index = 0; index < bytes.length; index += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

function download(fileName: string, mediaType: string, base64: string) {
  const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** Export the form's texts for a translator (XLIFF 2.0 or XLSX) and import the translation back, with a report. */
export function TranslationFilePanel({
  formId,
  actions,
  flush,
  currentRevision,
  onImported,
}: {
  formId: string;
  actions: TTranslationFileActions;
  flush: () => Promise<boolean>;
  currentRevision: () => number;
  onImported: (definition: TFormDefinition, revision: number, settingsBlockers: TDiagnostic[]) => void;
}) {
  const t = useTranslations("builder.translationFile");
  const tErrors = useTranslations("builder.errors");
  const tLanguages = useTranslations("builder.languages");
  const locale = useLocale();
  const { state } = useBuilder();
  const definition = state.present;
  const languages = definition.languages.filter(
    (language): language is TTranslationTargetLanguage => language !== "fi",
  );
  const [language, setLanguage] = useState<TTranslationTargetLanguage | "">("");
  const [format, setFormat] = useState<TTranslationFormat>("xliff");
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<TTranslationImportReport | null>(null);
  const [isApplied, setApplied] = useState(false);
  const [isConfirmed, setConfirmed] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  const reportRef = useRef<HTMLDivElement>(null);
  const chosenLanguage = language || languages[0];

  const contexts = useMemo(() => {
    const interfaceLocale = isLocale(locale) ? locale : "fi";
    const map = new Map(
      listTexts(definition).map((entry) => [entry.key, describeTextContext(entry.context, interfaceLocale)]),
    );
    return (key: string) =>
      map.get(key) ??
      (key.startsWith("settings.")
        ? describeTextContext({ owner: "settings", ownerText: "", part: key.slice(9) }, interfaceLocale)
        : "");
  }, [definition, locale]);

  const showReport = (next: TTranslationImportReport | null, text: string | null, applied = false) => {
    setReport(next);
    setMessage(text);
    setApplied(applied);
    requestAnimationFrame(() => reportRef.current?.focus());
  };

  const onExport = () => {
    if (!chosenLanguage) return;
    setExportMessage(null);
    startTransition(async () => {
      await flush();
      const result = await actions.exportTranslations({ formId, language: chosenLanguage, format });
      if (result.status === "ok") download(result.data.fileName, result.data.mediaType, result.data.base64);
      else setExportMessage(t("downloadFailed"));
    });
  };

  const input = async (): Promise<TImportInput | null> =>
    file
      ? {
          formId,
          revision: currentRevision(),
          fileBase64: await toBase64(file),
          isOtherRevisionConfirmed: isConfirmed,
        }
      : null;

  const onCheck = () => {
    startTransition(async () => {
      await flush();
      const payload = await input();
      if (!payload) return;
      const result = await actions.previewImport(payload);
      setConfirmed(false);
      if (result.status === "ok") showReport(result.data, null);
      else showReport(null, tErrors(result.messageKey));
    });
  };

  const onApply = () => {
    startTransition(async () => {
      await flush();
      const payload = await input();
      if (!payload) return;
      const result = await actions.importTranslations(payload);
      if (result.status === "ok") {
        onImported(result.data.definition, result.data.revision, result.data.settingsBlockers);
        showReport(result.data.report, t("applied", { count: result.data.report.changes.length }), true);
      } else if (result.messageKey === "TRANSLATION_IMPORT_REFUSED")
        showReport(result.details as TTranslationImportReport, null);
      else showReport(null, tErrors(result.messageKey));
    });
  };

  const refusalText = (refusal: TImportRefusal) => {
    const where = "key" in refusal ? `${refusal.key} (${contexts(refusal.key)})` : "";
    return t(`reason.${refusal.reason}`, { ...refusal, key: where } as Record<string, string | number>);
  };
  const canApply =
    report !== null &&
    !isApplied &&
    report.refusals.length === 0 &&
    report.changes.length > 0 &&
    (!report.isOtherRevision || isConfirmed);

  return (
    <section aria-labelledby="translation-file-title" className="mt-6 border-t border-fi-depth-light-1 pt-4">
      <h3 id="translation-file-title">{t("title")}</h3>
      <p className="mt-1 max-w-prose">{t("intro")}</p>

      <h4 className="mt-4 font-semibold">{t("exportTitle")}</h4>
      {languages.length === 0 ? (
        <p className="hint">{t("noLanguages")}</p>
      ) : (
        <div className="mt-2 flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="translation-language" className="label">
              {t("language")}
            </label>
            <select
              id="translation-language"
              className="input select"
              value={chosenLanguage}
              onChange={(event) => setLanguage(event.target.value as TTranslationTargetLanguage)}
            >
              {languages.map((candidate) => (
                <option key={candidate} value={candidate}>
                  {tLanguages(candidate)}
                </option>
              ))}
            </select>
          </div>
          <fieldset>
            <legend className="label">{t("format")}</legend>
            <div className="flex flex-wrap gap-4">
              {(["xliff", "xlsx"] as const).map((candidate) => (
                <div key={candidate} className="flex items-center gap-2">
                  <input
                    id={`translation-format-${candidate}`}
                    type="radio"
                    name="translation-format"
                    className="h-5 w-5"
                    checked={format === candidate}
                    onChange={() => setFormat(candidate)}
                  />
                  <label htmlFor={`translation-format-${candidate}`}>
                    {candidate === "xliff" ? t("formatXliff") : t("formatXlsx")}
                  </label>
                </div>
              ))}
            </div>
          </fieldset>
          <button type="button" className="btn btn-secondary" onClick={onExport} disabled={isPending}>
            {t("export")}
          </button>
        </div>
      )}
      {exportMessage ? (
        <p role="alert" className="alert mt-2">
          {exportMessage}
        </p>
      ) : null}

      <h4 className="mt-6 font-semibold">{t("importTitle")}</h4>
      <p className="mt-1 max-w-prose">{t("importIntro")}</p>
      <label htmlFor="translation-file" className="label mt-2">
        {t("file")}
      </label>
      <input
        id="translation-file"
        type="file"
        accept=".xlf,.xliff,.xlsx,application/xliff+xml,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          setFile(event.target.files?.[0] ?? null);
          setReport(null);
          setMessage(null);
        }}
      />
      <button type="button" className="btn mt-2" onClick={onCheck} disabled={isPending || !file}>
        {t("check")}
      </button>

      <div
        ref={reportRef}
        tabIndex={-1}
        role="region"
        aria-labelledby="translation-report-title"
        className="mt-4 outline-none"
        hidden={!report && !message}
      >
        <h4 id="translation-report-title" className="font-semibold">
          {t("reportTitle")}
        </h4>
        {message ? (
          <p role="status" className="notice mt-2">
            {message}
          </p>
        ) : null}
        {report && report.refusals.length > 0 ? (
          <div role="alert" className="alert mt-2" data-testid="translation-refusals">
            <p className="font-semibold">{t("refusedTitle")}</p>
            <p className="mt-1">{t("refusals", { count: report.refusals.length })}</p>
            <ul className="mt-1 list-disc pl-6">
              {report.refusals.slice(0, 100).map((refusal, index) => (
                <li key={index} className="break-words">
                  {refusalText(refusal)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {report && report.refusals.length === 0 ? (
          <>
            {report.isOtherRevision && !isApplied ? (
              <div className="notice mt-2">
                <p>
                  {t("otherRevision", { file: report.fileRevision ?? "?", current: report.currentRevision })}
                </p>
                <div className="mt-2 flex items-center gap-2">
                  <input
                    id="confirm-other-revision"
                    type="checkbox"
                    className="h-5 w-5"
                    checked={isConfirmed}
                    onChange={(event) => setConfirmed(event.target.checked)}
                  />
                  <label htmlFor="confirm-other-revision">{t("confirmOtherRevision")}</label>
                </div>
              </div>
            ) : null}
            <h5 className="mt-3 font-semibold">{t("changesTitle", { count: report.changes.length })}</h5>
            {report.changes.length === 0 ? <p>{t("noChanges")}</p> : null}
            {report.unchangedCount > 0 ? (
              <p className="hint">{t("unchanged", { count: report.unchangedCount })}</p>
            ) : null}
            {report.changes.length > 0 ? (
              <ul className="mt-1 space-y-2" data-testid="translation-changes">
                {report.changes.map((change) => (
                  <li key={change.key} className="break-words border-l-4 border-fi-highlight-base pl-2">
                    <span className="block text-sm">
                      <span className="font-semibold">{contexts(change.key)}</span> ·{" "}
                      <code>{change.key}</code>
                    </span>
                    <span className="block">
                      <span className="sr-only">{t("before")}: </span>
                      {change.before !== undefined ? (
                        <del className="text-fi-depth-dark-1">{change.before}</del>
                      ) : (
                        <span className="text-fi-depth-dark-1">{t("empty")}</span>
                      )}
                      <span aria-hidden="true"> → </span>
                      <span className="sr-only">{t("after")}: </span>
                      <ins className="no-underline font-semibold">{change.after}</ins>
                    </span>
                  </li>
                ))}
              </ul>
            ) : null}
            <h5 className="mt-3 font-semibold">{t("missingTitle", { count: report.missing.length })}</h5>
            {report.missing.length === 0 ? (
              <p data-testid="translation-none-missing">{t("noneMissing")}</p>
            ) : (
              <ul className="mt-1 list-disc pl-6" data-testid="translation-missing">
                {report.missing.map((item) => (
                  <li key={item.key} className="break-words">
                    {contexts(item.key)}: ”{item.source}”
                  </li>
                ))}
              </ul>
            )}
            {!isApplied ? (
              <button type="button" className="btn mt-3" onClick={onApply} disabled={isPending || !canApply}>
                {t("apply")}
              </button>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
