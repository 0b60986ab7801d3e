import type { TLanguage } from "@/lib/forms/localized-text";
import { citizenText } from "./citizen-messages";
import { IdentificationPanel, type TIdentificationPanelProps } from "./identification-panel";

export type TStartPageProps = {
  language: TLanguage;
  title: string;
  description: string;
  /** Safe HTML from renderSafeMarkdown. */
  instructionsHtml: string;
  pageCount: number;
  minutes: number;
  state: "open" | "notYetOpen" | "closed" | "paused";
  stateDate?: string;
  closedMessage?: string;
  pauseMessage?: string;
  startHref: string;
  continueHref?: string;
  privacyHref: string;
  /** Suomi.fi Identification of the form; without it the form is filled anonymously. */
  identification?: TIdentificationPanelProps;
};

export function StartPage(props: TStartPageProps) {
  const { language } = props;
  const t = (key: Parameters<typeof citizenText>[1], params?: Record<string, string | number>) =>
    citizenText(language, key, params);
  return (
    <>
      <h1>{props.title}</h1>
      {props.description ? <p className="lead">{props.description}</p> : null}
      {props.state === "closed" ? (
        <div className="notice notice--alert" role="status">
          <p>{props.closedMessage || t("formClosed")}</p>
        </div>
      ) : props.state === "notYetOpen" ? (
        <div className="notice notice--info" role="status">
          <p>{t("formNotYetOpen", { date: props.stateDate ?? "" })}</p>
        </div>
      ) : props.state === "paused" ? (
        <div className="notice notice--warning" role="status">
          <p>{props.pauseMessage || t("formPaused")}</p>
        </div>
      ) : (
        <p className="status-line">
          {props.stateDate ? t("formOpenUntil", { date: props.stateDate }) : t("formOpen")}
        </p>
      )}
      {props.instructionsHtml ? (
        <div className="prose" dangerouslySetInnerHTML={{ __html: props.instructionsHtml }} />
      ) : null}
      <h2>{t("youNeed")}</h2>
      <ul className="bullets">
        <li>{t("needAnswers", { pages: props.pageCount })}</li>
        <li>{t("duration", { minutes: props.minutes })}</li>
      </ul>
      <div className="notice notice--info">
        <p>{t("needMessages")}</p>
        <p>
          <a href={t("messagesHowToUrl")}>{t("messagesHowTo")}</a>
        </p>
      </div>
      {props.identification && (props.state === "open" || props.state === "paused") ? (
        <IdentificationPanel {...props.identification} />
      ) : null}
      {(props.state === "open" || props.state === "paused") &&
      !(props.identification?.mode === "required" && !props.identification.identifiedName) ? (
        <p className="actions">
          {props.continueHref ? (
            <a className="btn btn-start" href={props.continueHref} role="button" draggable="false">
              {t("continueDraft")}
            </a>
          ) : (
            <a className="btn btn-start" href={props.startHref} role="button" draggable="false">
              {t("start")}
              <svg
                className="btn-start-icon"
                aria-hidden="true"
                focusable="false"
                width="17"
                height="19"
                viewBox="0 0 33 40"
              >
                <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
              </svg>
            </a>
          )}
        </p>
      ) : null}
      <p>
        <a href={props.privacyHref}>{t("privacy")}</a>
      </p>
    </>
  );
}
