// "File for whom" at the start of a form: for oneself, or for a principal Suomi.fi Valtuudet lists.
// A plain form post; the server checks the choice again in Valtuudet.
import { FieldsetFrame } from "@/components/form-renderer/field-frame";
import type { TLanguage } from "@/lib/forms/localized-text";
import { citizenText } from "./citizen-messages";
import { ErrorSummary } from "./error-summary";
import { filingText } from "./filing-messages";

export type TForWhomOption = { value: string; label: string };

export type TForWhomPageProps = {
  language: TLanguage;
  formTitle: string;
  filerName: string;
  action: string;
  backHref: string;
  options: TForWhomOption[];
  /** Valtuudet listed nobody, or could not be reached: only "for myself" is offered. */
  notice?: "noPrincipals" | "unavailableList";
  selected?: string;
  error?: string;
};

export const FOR_WHOM_INPUT = "forWhom";

export function ForWhomPage(props: TForWhomPageProps) {
  const t = (key: Parameters<typeof filingText>[1], values?: Record<string, string>) =>
    filingText(props.language, key, values);
  const id = "field-forWhom";
  return (
    <>
      <a className="back-link" href={props.backHref}>
        {citizenText(props.language, "back")}
      </a>
      <ErrorSummary
        language={props.language}
        errors={props.error ? [{ href: `#${id}-1`, message: props.error }] : []}
      />
      <p className="caption">{props.formTitle}</p>
      <h1>{t("title")}</h1>
      <p>{t("intro", { name: props.filerName })}</p>
      {props.notice ? (
        <div className="notice notice--info" role="status">
          <p>{t(props.notice)}</p>
        </div>
      ) : null}
      <form method="post" action={props.action} noValidate>
        <FieldsetFrame
          id={id}
          label={t("legend")}
          error={props.error}
          isOptional={false}
          language={props.language}
        >
          <div className="choices">
            {props.options.map((option, index) => (
              <div className="choice" key={option.value}>
                <input
                  className="choice-input"
                  type="radio"
                  id={`${id}-${index + 1}`}
                  name={FOR_WHOM_INPUT}
                  value={option.value}
                  defaultChecked={props.selected === option.value}
                />
                <label className="choice-label" htmlFor={`${id}-${index + 1}`}>
                  {option.label}
                </label>
              </div>
            ))}
          </div>
        </FieldsetFrame>
        <p className="hint">{t("fromValtuudet")}</p>
        <div className="actions">
          <button type="submit" className="btn">
            {t("continue")}
          </button>
        </div>
      </form>
    </>
  );
}
