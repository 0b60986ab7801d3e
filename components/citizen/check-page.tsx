import type { TLanguage } from "@/lib/forms/localized-text";
import type { TSummarySection } from "@/lib/citizen/answer-summary";
import { citizenText } from "./citizen-messages";

export type TCheckPageProps = {
  language: TLanguage;
  formTitle: string;
  organizationName: string;
  sections: TSummarySection[];
  /** Link to a field on its page, returning here afterwards. */
  changeHref: (pageId: string, fieldKey: string) => string;
  action: string;
  backHref: string;
  /** Why sending is not possible now (closed, paused, full); the button is then not shown. */
  blockMessage?: string;
  errorMessage?: string;
};

export function CheckPage(props: TCheckPageProps) {
  const { language } = props;
  const t = (key: Parameters<typeof citizenText>[1], params?: Record<string, string | number>) =>
    citizenText(language, key, params);
  return (
    <>
      <a className="back-link no-print" href={props.backHref}>
        {t("back")}
      </a>
      {props.errorMessage ? (
        <div
          className="error-summary"
          tabIndex={-1}
          role="alert"
          aria-labelledby="error-summary-title"
          data-error-summary=""
        >
          <h2 className="error-summary-title" id="error-summary-title">
            {t("errorSummaryTitle")}
          </h2>
          <p>{props.errorMessage}</p>
        </div>
      ) : null}
      <p className="caption">{props.formTitle}</p>
      <h1>{t("checkTitle")}</h1>
      {props.sections.map((section) => (
        <section
          key={section.pageId}
          className="summary-section"
          aria-labelledby={`section-${section.pageId}`}
        >
          <h2 id={`section-${section.pageId}`}>{section.title}</h2>
          <dl className="summary-list">
            {section.rows.map((row) => (
              <div className="summary-row" key={row.key}>
                <dt className="summary-key">{row.label}</dt>
                <dd className="summary-value">
                  {row.value ?? <span className="muted">{t("notAnswered")}</span>}
                </dd>
                <dd className="summary-actions no-print">
                  <a href={props.changeHref(section.pageId, row.key)}>
                    {t("change")}
                    <span className="visually-hidden"> {row.label}</span>
                  </a>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <h2>{t("sendTitle")}</h2>
      {props.blockMessage ? (
        <div className="notice notice--alert" role="status">
          <p>{props.blockMessage}</p>
        </div>
      ) : (
        <>
          <p>{t("sendExplanation", { organization: props.organizationName })}</p>
          <form method="post" action={props.action} className="no-print">
            <button type="submit" className="btn" name="_action" value="submit">
              {t("confirmAndSend")}
            </button>
          </form>
        </>
      )}
    </>
  );
}
