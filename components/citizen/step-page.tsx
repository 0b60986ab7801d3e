import { FormStep } from "@/components/form-renderer/form-step";
import type { TFormDefinition } from "@/lib/forms/definition";
import type { TLanguage } from "@/lib/forms/localized-text";
import { citizenText } from "./citizen-messages";
import { ErrorSummary, type TSummaryError } from "./error-summary";

export type TStepPageProps = {
  language: TLanguage;
  definition: TFormDefinition;
  pageId: string;
  pageTitle: string;
  pageDescription: string;
  formTitle: string;
  progress: { step: number };
  values: Record<string, unknown>;
  /** Fields filled from Suomi.fi Identification (key → value as shown). */
  locked?: Record<string, string>;
  lockedNote?: string;
  errors: Record<string, string>;
  summary: TSummaryError[];
  action: string;
  backHref: string;
  notices: string[];
  /** Shown above the form in an information box (new questions appeared): a heading and a paragraph. */
  infoNotice?: { title: string; text: string };
  /** Which conditional fields this rendering shows (see lib/citizen/revealed-fields.ts). */
  shownFields?: { name: string; value: string };
  hasUploads: boolean;
  versionChange?: { restartAction: string };
};

export function StepPage(props: TStepPageProps) {
  const { language } = props;
  const t = (key: Parameters<typeof citizenText>[1], params?: Record<string, string | number>) =>
    citizenText(language, key, params);
  return (
    <>
      <a className="back-link" href={props.backHref}>
        {t("back")}
      </a>
      <ErrorSummary errors={props.summary} language={language} />
      {props.notices.map((notice) => (
        <div className="notice notice--warning" key={notice}>
          <p>{notice}</p>
        </div>
      ))}
      {props.infoNotice ? (
        // Not an error: the person has not seen these questions yet (no script, so they appear only now).
        <div className="notice notice--info" role="status">
          <h2 className="notice__title">{props.infoNotice.title}</h2>
          <p>{props.infoNotice.text}</p>
        </div>
      ) : null}
      {props.versionChange ? (
        <div className="notice notice--info">
          <p>{t("versionChanged")}</p>
          <form method="post" action={props.versionChange.restartAction}>
            <button type="submit" className="btn btn-secondary" name="_action" value="restart">
              {t("startAgain")}
            </button>
          </form>
        </div>
      ) : null}
      <p className="caption">
        <span className="visually-hidden">{props.formTitle}, </span>
        {t("progress", props.progress)}
      </p>
      <h1>{props.pageTitle}</h1>
      {props.pageDescription ? <p className="lead">{props.pageDescription}</p> : null}
      <form
        method="post"
        action={props.action}
        noValidate
        encType={props.hasUploads ? "multipart/form-data" : undefined}
        data-enhanced-form=""
      >
        {/* Enter in a text field presses the first submit button: make it "continue", not "remove file". */}
        <button
          type="submit"
          name="_action"
          value="continue"
          className="visually-hidden"
          tabIndex={-1}
          aria-hidden="true"
        >
          {t("continue")}
        </button>
        {props.shownFields ? (
          <input
            type="hidden"
            name={props.shownFields.name}
            value={props.shownFields.value}
            data-shown-fields=""
          />
        ) : null}
        <FormStep
          definition={props.definition}
          pageId={props.pageId}
          language={language}
          values={props.values}
          errors={props.errors}
          locked={props.locked}
          lockedNote={props.lockedNote}
        />
        <div className="button-group">
          <button type="submit" className="btn" name="_action" value="continue">
            {t("continue")}
          </button>
          <button type="submit" className="btn btn-secondary" name="_action" value="save" formNoValidate>
            {t("saveForLater")}
          </button>
        </div>
      </form>
    </>
  );
}
