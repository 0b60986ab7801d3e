import type { TLanguage } from "@/lib/forms/localized-text";
import { citizenText } from "./citizen-messages";

export type TReturnKind = "thanks" | "cancelled" | "noMailbox" | "unknown";

export type TReturnPageProps = {
  language: TLanguage;
  kind: TReturnKind;
  reference: string;
  organizationName: string;
  formTitle: string;
  isConfirmed: boolean;
  sendAgainHref: string;
  /** The person's PDF copy of what they sent. */
  copyHref?: string;
  checkHref?: string;
};

export function ReturnPage(props: TReturnPageProps) {
  const { language, reference } = props;
  const t = (key: Parameters<typeof citizenText>[1], params?: Record<string, string | number>) =>
    citizenText(language, key, params);
  const referenceBlock = (
    <p className="reference-line">
      {t("reference")}: <strong className="reference">{reference}</strong>
    </p>
  );
  const sendAgain = (
    <form method="get" action={props.sendAgainHref} className="no-print inline-form">
      <input type="hidden" name="lang" value={language} />
      <button type="submit" className="btn">
        {t("sendAgain")}
      </button>
    </form>
  );
  if (props.kind === "thanks") {
    return (
      <>
        <div className="panel panel--success">
          <h1 className="panel-title">{t("thanksTitle")}</h1>
          <p className="panel-body">
            {t("reference")}
            <br />
            <strong className="reference reference--large">{reference}</strong>
          </p>
        </div>
        <p className="caption">{props.formTitle}</p>
        {props.isConfirmed ? <p>{t("confirmedNote")}</p> : null}
        <p>{t("thanksBody")}</p>
        <h2>{t("nextStepsTitle")}</h2>
        <p>{t("nextSteps", { organization: props.organizationName })}</p>
        <p className="no-print">{t("print")}</p>
        {props.copyHref ? (
          <p className="no-print">
            <a href={props.copyHref} download>
              {t("copyLink")}
            </a>
          </p>
        ) : null}
      </>
    );
  }
  if (props.kind === "cancelled") {
    return (
      <>
        <h1>{t("cancelledTitle")}</h1>
        {referenceBlock}
        <p>{t("cancelledBody")}</p>
        <div className="button-group">
          {props.checkHref ? (
            <a className="btn btn-secondary" href={props.checkHref}>
              {t("backToCheck")}
            </a>
          ) : null}
          {sendAgain}
        </div>
      </>
    );
  }
  if (props.kind === "noMailbox") {
    return (
      <>
        <h1>{t("noMailboxTitle")}</h1>
        {referenceBlock}
        <p>{t("noMailboxBody")}</p>
        <p>
          <a href={t("messagesHowToUrl")}>{t("messagesHowTo")}</a>
        </p>
        {sendAgain}
      </>
    );
  }
  return (
    <>
      <h1>{t("unknownTitle")}</h1>
      {referenceBlock}
      <p>{t("unknownBody", { reference })}</p>
      {props.copyHref ? (
        <p className="no-print">
          <a href={props.copyHref} download>
            {t("copyLink")}
          </a>
        </p>
      ) : null}
      {sendAgain}
    </>
  );
}
