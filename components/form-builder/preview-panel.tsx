"use client";
import { useTranslations } from "next-intl";
import { useMemo, useRef, useState } from "react";
import { FormStep } from "@/components/form-renderer/form-step";
import { issuePathToName } from "@/lib/forms/input-names";
import { buildAnswerSchema } from "@/lib/forms/build-answer-schema";
import { coerceFormInput, type TPostedForm } from "@/lib/forms/coerce-form-input";
import { evaluateCondition } from "@/lib/forms/conditions";
import { localize, type TLanguage } from "@/lib/forms/localized-text";
import { useBuilder } from "./builder-context";
import "./builder-preview.css";

const WIDTHS = { phone: "w-[375px]", desktop: "w-full max-w-3xl" } as const;

function readForm(form: HTMLFormElement): TPostedForm {
  const posted: TPostedForm = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value !== "string") continue;
    const existing = posted[name];
    posted[name] =
      existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return posted;
}

/** The citizens' renderer (components/form-renderer) filled in locally: conditions and validation as citizens get them. */
export function PreviewPanel() {
  const t = useTranslations("builder.preview");
  const tLanguages = useTranslations("builder.languages");
  const { state } = useBuilder();
  const definition = state.present;
  const [language, setLanguage] = useState<TLanguage>("fi");
  const [width, setWidth] = useState<keyof typeof WIDTHS>("desktop");
  const [pageIndex, setPageIndex] = useState(0);
  const [values, setValues] = useState<Record<string, unknown>>({});
  const [isChecked, setChecked] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const page = definition.pages[Math.min(pageIndex, definition.pages.length - 1)]!;
  const activeLanguage = definition.languages.includes(language) ? language : "fi";

  const errors = useMemo(() => {
    if (!isChecked) return {};
    const result = buildAnswerSchema(definition, { language: activeLanguage, pageId: page.id }).safeParse(
      values,
    );
    if (result.success) return {};
    return Object.fromEntries(
      result.error.issues.map((issue) => [
        issuePathToName(issue.path as Array<string | number>),
        issue.message,
      ]),
    );
  }, [definition, activeLanguage, page.id, values, isChecked]);
  const errorCount = Object.keys(errors).length;

  const onInput = () => {
    if (!formRef.current) return;
    setValues((previous) => ({
      ...previous,
      ...coerceFormInput(definition, page.id, readForm(formRef.current!)),
    }));
  };
  const isPageVisible = (index: number) =>
    evaluateCondition(definition.pages[index]!.visibleIf, (key) => values[key]);

  return (
    <section aria-labelledby="preview-title" className="panel">
      <h2 id="preview-title">{t("title")}</h2>
      <p className="mt-1">{t("intro")}</p>
      <div className="mt-3 flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="preview-language" className="label">
            {t("language")}
          </label>
          <select
            id="preview-language"
            className="input"
            value={activeLanguage}
            onChange={(event) => setLanguage(event.target.value as TLanguage)}
          >
            {definition.languages.map((candidate) => (
              <option key={candidate} value={candidate}>
                {tLanguages(candidate)}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className="label">{t("width")}</legend>
          <div className="flex gap-3">
            {(["phone", "desktop"] as const).map((candidate) => (
              <div key={candidate} className="flex items-center gap-1">
                <input
                  id={`preview-width-${candidate}`}
                  type="radio"
                  name="preview-width"
                  className="h-5 w-5"
                  checked={width === candidate}
                  onChange={() => setWidth(candidate)}
                />
                <label htmlFor={`preview-width-${candidate}`}>{t(candidate)}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div>
          <label htmlFor="preview-page" className="label">
            {t("page")}
          </label>
          <select
            id="preview-page"
            className="input"
            value={pageIndex}
            onChange={(event) => setPageIndex(Number(event.target.value))}
          >
            {definition.pages.map((candidate, index) => (
              <option key={candidate.id} value={index}>
                {index + 1}. {localize(candidate.title, activeLanguage)}
                {isPageVisible(index) ? "" : ` (${t("hiddenPage")})`}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => {
            setValues({});
            setChecked(false);
            formRef.current?.reset();
          }}
        >
          {t("clear")}
        </button>
      </div>
      <div className="mt-4 overflow-x-auto rounded bg-fi-depth-light-3 p-3">
        <div
          className={`builder-preview mx-auto bg-fi-white-base p-4 shadow ${WIDTHS[width]}`}
          data-testid="preview-frame"
          data-width={width}
          lang={activeLanguage}
        >
          <p className="text-sm text-fi-black-light-1">{localize(definition.title, activeLanguage)}</p>
          <h3 className="text-2xl">{localize(page.title, activeLanguage)}</h3>
          {page.description ? <p>{localize(page.description, activeLanguage)}</p> : null}
          <form
            ref={formRef}
            onInput={onInput}
            onChange={onInput}
            onSubmit={(event) => {
              event.preventDefault();
              onInput();
              setChecked(true);
            }}
            noValidate
            aria-label={t("formLabel")}
          >
            <FormStep
              key={`${page.id}-${activeLanguage}`}
              definition={definition}
              pageId={page.id}
              language={activeLanguage}
              values={values}
              errors={errors}
              idPrefix="preview-"
            />
            <button type="submit" className="btn mt-4">
              {t("check")}
            </button>
          </form>
          {isChecked ? (
            <p
              role="status"
              className={`mt-3 ${errorCount ? "text-fi-alert-base" : "text-fi-success-dark-1"}`}
            >
              {errorCount ? t("errors", { count: errorCount }) : t("valid")}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
