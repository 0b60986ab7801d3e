import type { TLanguage } from "@/lib/forms/localized-text";
import { citizenText } from "./citizen-messages";

export type TExitPageProps = {
  language: TLanguage;
  formTitle: string;
  title: string;
  /** Safe HTML from renderSafeMarkdown. */
  bodyHtml: string;
  /** The step with the answer that ended the form. */
  changeHref: string;
};

/** "You cannot use this form because …; do this instead": shown instead of the next step. */
export function ExitPage(props: TExitPageProps) {
  const t = (key: Parameters<typeof citizenText>[1]) => citizenText(props.language, key);
  return (
    <>
      <a className="back-link" href={props.changeHref}>
        {t("back")}
      </a>
      <p className="caption">{props.formTitle}</p>
      <h1>{props.title}</h1>
      {/* renderSafeMarkdown escapes raw HTML and allows only safe link protocols. */}
      <div className="info-text" dangerouslySetInnerHTML={{ __html: props.bodyHtml }} />
      <p>{t("exitNotSent")}</p>
      <p>
        <a href={props.changeHref}>{t("exitChangeAnswers")}</a>
      </p>
    </>
  );
}
