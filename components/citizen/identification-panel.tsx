import type { TLanguage } from "@/lib/forms/localized-text";
import { identificationText } from "./identification-messages";

export type TIdentificationPanelProps = {
  language: TLanguage;
  mode: "required" | "optional";
  /** The identified person's name, when identified. */
  identifiedName?: string;
  loginHref: string;
  logoutAction: string;
  returnPath: string;
  /** "My forms in progress" of the organisation. */
  inProgressHref: string;
};

/** Suomi.fi Identification on a form's start page: identify (required or optional), or who is identified. */
export function IdentificationPanel(props: TIdentificationPanelProps) {
  const t = (key: Parameters<typeof identificationText>[1], values?: Record<string, string>) =>
    identificationText(props.language, key, values);
  if (props.identifiedName) {
    return (
      <div className="notice notice--info identification-panel">
        <p>
          <strong>{t("identifiedAs", { name: props.identifiedName })}</strong>
        </p>
        <p>
          <a href={props.inProgressHref}>{t("inProgressTitle")}</a>
        </p>
        <form method="post" action={props.logoutAction}>
          <input type="hidden" name="return" value={props.returnPath} />
          <button type="submit" className="btn btn-secondary">
            {t("logout")}
          </button>
        </form>
      </div>
    );
  }
  return (
    <div className="notice notice--info identification-panel">
      <p>{t(props.mode === "required" ? "identifyRequired" : "identifyOptional")}</p>
      <p className="actions">
        <a
          className={props.mode === "required" ? "btn btn-start" : "btn btn-secondary"}
          href={props.loginHref}
          role="button"
          draggable="false"
        >
          {t("identifyButton")}
        </a>
      </p>
    </div>
  );
}
