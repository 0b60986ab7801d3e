// The complete HTML document of a citizen page: no framework JavaScript, one stylesheet, one optional
// enhancement script. Rendered to static markup on the server.
import type { ReactNode } from "react";
import type { TLanguage } from "@/lib/forms/localized-text";
import { citizenText } from "./citizen-messages";

export type TLanguageLink = { language: TLanguage; href: string };

export type TCitizenDocumentProps = {
  language: TLanguage;
  /** The page's own title; "Virhe: " is prefixed when hasErrors. */
  title: string;
  hasErrors?: boolean;
  organizationName?: string;
  /** Where the header's organisation name links (the organisation page). */
  homeHref?: string;
  languageLinks?: TLanguageLink[];
  footerLinks?: Array<{ href: string; label: string }>;
  /** Adds the enhancement script (form pages). */
  isEnhanced?: boolean;
  /** JSON for the enhancement script (definition, page, messages); a data block, never executed. */
  scriptData?: unknown;
  /** The page's main content. */
  content: ReactNode;
};

function jsonForScript(value: unknown): string {
  // Inside <script type="application/json"> only "</" could end the element early.
  return JSON.stringify(value).replace(/</g, "\\u003c");
}

export function CitizenDocument(props: TCitizenDocumentProps) {
  const { language } = props;
  const title = `${props.hasErrors ? citizenText(language, "errorTitlePrefix") : ""}${props.title}${
    props.organizationName ? ` – ${props.organizationName}` : ""
  }`;
  return (
    <html lang={language}>
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        {/* A standalone static document, not a Next page: plain head and stylesheet link on purpose. */}
        {/* eslint-disable-next-line @next/next/no-css-tags */}
        <link rel="stylesheet" href="/assets/citizen.css" />
        <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml" />
        {props.isEnhanced ? <script src="/assets/enhance.js" defer /> : null}
      </head>
      <body>
        <a className="skip-link" href="#main">
          {citizenText(language, "skipToContent")}
        </a>
        <header className="site-header">
          <div className="container site-header-inner">
            <div className="site-name">
              {props.organizationName ? (
                props.homeHref ? (
                  <a href={props.homeHref} className="site-organization">
                    {props.organizationName}
                  </a>
                ) : (
                  <span className="site-organization">{props.organizationName}</span>
                )
              ) : null}
              <span className="site-service">{citizenText(language, "serviceName")}</span>
            </div>
            {props.languageLinks && props.languageLinks.length > 1 ? (
              <nav className="language-nav" aria-label={citizenText(language, "languageNav")}>
                <ul>
                  {props.languageLinks.map((link) => (
                    <li key={link.language}>
                      {link.language === language ? (
                        <span aria-current="true" lang={link.language} className="language-current">
                          {citizenText(link.language, "languageName")}
                        </span>
                      ) : (
                        <a href={link.href} lang={link.language} hrefLang={link.language}>
                          {citizenText(link.language, "languageName")}
                        </a>
                      )}
                    </li>
                  ))}
                </ul>
              </nav>
            ) : null}
          </div>
        </header>
        <main id="main" className="container main" tabIndex={-1}>
          {props.content}
        </main>
        <footer className="site-footer">
          <div className="container">
            <ul className="footer-links">
              {(props.footerLinks ?? []).map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          </div>
        </footer>
        {props.scriptData !== undefined ? (
          <script
            type="application/json"
            id="lomake-data"
            dangerouslySetInnerHTML={{ __html: jsonForScript(props.scriptData) }}
          />
        ) : null}
      </body>
    </html>
  );
}

export async function renderDocument(element: ReactNode): Promise<string> {
  const { renderToStaticMarkup } = await import("react-dom/server");
  return `<!DOCTYPE html>${renderToStaticMarkup(element)}`;
}
