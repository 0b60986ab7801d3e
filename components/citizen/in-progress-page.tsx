import type { TLanguage } from "@/lib/forms/localized-text";
import { identificationText } from "./identification-messages";

export type TInProgressPageProps = {
  language: TLanguage;
  /** Undefined when nobody is identified: the page offers identification instead. */
  drafts?: { href: string; title: string; saved: string; expires: string }[];
  loginHref: string;
};

/** "My forms in progress": the identified person's unsent drafts in this organisation, on any device. */
export function InProgressPage(props: TInProgressPageProps) {
  const t = (key: Parameters<typeof identificationText>[1], values?: Record<string, string>) =>
    identificationText(props.language, key, values);
  return (
    <>
      <h1>{t("inProgressTitle")}</h1>
      {props.drafts === undefined ? (
        <>
          <p>{t("inProgressIdentify")}</p>
          <p className="actions">
            <a className="btn btn-start" href={props.loginHref} role="button" draggable="false">
              {t("identifyButton")}
            </a>
          </p>
        </>
      ) : props.drafts.length === 0 ? (
        <p>{t("inProgressEmpty")}</p>
      ) : (
        <>
          <p>{t("inProgressIntro")}</p>
          <ul className="link-list">
            {props.drafts.map((draft) => (
              <li key={draft.href}>
                <a href={draft.href}>{t("inProgressContinue", { form: draft.title })}</a>
                <br />
                <span className="hint">
                  {t("inProgressSaved", { date: draft.saved })} ·{" "}
                  {t("inProgressExpires", { date: draft.expires })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
