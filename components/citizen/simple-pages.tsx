import type { ReactNode } from "react";
import type { TLanguage } from "@/lib/forms/localized-text";
import { citizenText } from "./citizen-messages";

export function MessagePage({
  title,
  paragraphs,
  links = [],
  children,
}: {
  title: string;
  paragraphs: string[];
  links?: Array<{ href: string; label: string }>;
  children?: ReactNode;
}) {
  return (
    <>
      <h1>{title}</h1>
      {paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {children}
      {links.length > 0 ? (
        <ul className="link-list">
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export type TSavedPageProps = {
  language: TLanguage;
  resumeUrl: string;
  expiresOn: string;
  emailAction: string;
  emailState?:
    { kind: "sent"; email: string } | { kind: "notConfigured" } | { kind: "invalid"; value: string };
  continueHref: string;
};

export function SavedPage(props: TSavedPageProps) {
  const { language, emailState } = props;
  const t = (key: Parameters<typeof citizenText>[1], params?: Record<string, string | number>) =>
    citizenText(language, key, params);
  const isInvalid = emailState?.kind === "invalid";
  return (
    <>
      {isInvalid ? (
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
          <ul className="error-summary-list">
            <li>
              <a href="#email">{t("emailInvalid")}</a>
            </li>
          </ul>
        </div>
      ) : null}
      <h1>{t("savedTitle")}</h1>
      <p>{t("savedBody", { date: props.expiresOn })}</p>
      <div className="field">
        <label className="label" htmlFor="resume-link">
          {t("resumeLinkLabel")}
        </label>
        <input
          className="input input--full input--code"
          id="resume-link"
          type="text"
          readOnly
          value={props.resumeUrl}
          data-resume-link=""
        />
      </div>
      {emailState?.kind === "sent" ? (
        <div className="notice notice--success" role="status">
          <p>{t("emailSent", { email: emailState.email })}</p>
        </div>
      ) : emailState?.kind === "notConfigured" ? (
        <div className="notice notice--info" role="status">
          <p>{t("emailNotConfigured")}</p>
        </div>
      ) : null}
      <form method="post" action={props.emailAction} noValidate>
        <div className={`field${isInvalid ? " field--error" : ""}`}>
          <label className="label" htmlFor="email">
            {t("emailLinkLabel")}
          </label>
          <span className="hint" id="email-hint">
            {t("emailLinkHint")}
          </span>
          {isInvalid ? (
            <span className="field-error" id="email-error">
              <span className="visually-hidden">{t("errorTitlePrefix")}</span>
              {t("emailInvalid")}
            </span>
          ) : null}
          <input
            className="input"
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            spellCheck={false}
            defaultValue={isInvalid ? emailState.value : ""}
            aria-invalid={isInvalid ? true : undefined}
            aria-describedby={isInvalid ? "email-hint email-error" : "email-hint"}
          />
        </div>
        <button type="submit" className="btn btn-secondary" name="_action" value="email">
          {t("emailLinkSend")}
        </button>
      </form>
      <p>
        <a href={props.continueHref}>{t("continueNow")}</a>
      </p>
    </>
  );
}

export type TOrganizationFormLink = { href: string; title: string; description: string; note: string };

export function OrganizationPage({
  language,
  organizationName,
  open,
  soon,
}: {
  language: TLanguage;
  organizationName: string;
  open: TOrganizationFormLink[];
  soon: TOrganizationFormLink[];
}) {
  const t = (key: Parameters<typeof citizenText>[1]) => citizenText(language, key);
  const list = (forms: TOrganizationFormLink[], isLinked: boolean) => (
    <ul className="form-list">
      {forms.map((form) => (
        <li key={form.href} className="form-list-item">
          {isLinked ? (
            <a className="form-list-title" href={form.href}>
              {form.title}
            </a>
          ) : (
            <span className="form-list-title">{form.title}</span>
          )}
          {form.description ? <p>{form.description}</p> : null}
          {form.note ? <p className="muted">{form.note}</p> : null}
        </li>
      ))}
    </ul>
  );
  return (
    <>
      <p className="caption">{organizationName}</p>
      <h1>{t("orgFormsTitle")}</h1>
      <h2>{t("orgOpenForms")}</h2>
      {open.length > 0 ? list(open, true) : <p>{t("orgNoForms")}</p>}
      {soon.length > 0 ? (
        <>
          <h2>{t("orgOpeningSoon")}</h2>
          {list(soon, false)}
        </>
      ) : null}
    </>
  );
}
