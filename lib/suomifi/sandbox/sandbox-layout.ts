// Page frame of the sandbox: plain, accessible HTML in the spirit of Suomi.fi's test identification.
import { html, type SafeHtml } from "./html";

/** The sandbox's own icon, inline (it is served from another origin than Lomake's assets; img-src allows data:). */
const SANDBOX_FAVICON =
  "data:image/svg+xml," +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#b34a00"/>' +
      '<text x="16" y="23" font-family="sans-serif" font-size="18" font-weight="bold" fill="#fff" text-anchor="middle">S</text></svg>',
  );

export type TLanguage = "fi" | "sv" | "en";

export function pickLanguage(value: string | null | undefined): TLanguage {
  return value === "en" ? "en" : "fi";
}

const STYLE = `
body{margin:0;font-family:"Source Sans Pro","Helvetica Neue",Arial,sans-serif;font-size:18px;line-height:1.5;color:#212121;background:#f7f7f8}
header{background:#fff;border-bottom:4px solid #2a6ebb;padding:12px 24px}
header .brand{font-weight:700;color:#2a6ebb;font-size:22px}
header .sandbox{display:inline-block;margin-left:12px;padding:2px 8px;background:#fff4d6;border:1px solid #c48a00;font-size:14px}
main{max-width:760px;margin:24px auto;background:#fff;padding:24px 32px;border:1px solid #d6d6d6}
h1{font-size:28px;margin-top:0}
fieldset{border:1px solid #c8cdd0;padding:12px 16px;margin:0 0 16px}
legend{font-weight:600;padding:0 4px}
label{display:block;margin:6px 0}
input[type=text]{font-size:18px;padding:6px 8px;border:1px solid #6f7980;width:16em}
button,.button{font-size:18px;padding:8px 20px;border:2px solid #2a6ebb;background:#2a6ebb;color:#fff;cursor:pointer;text-decoration:none;display:inline-block;margin:8px 8px 0 0}
button.secondary,.button.secondary{background:#fff;color:#2a6ebb}
.error{border-left:6px solid #c3002f;padding:8px 16px;background:#fdf0f2}
.hint{color:#5f686d;font-size:16px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;border-bottom:1px solid #d6d6d6;padding:6px}
:focus{outline:3px solid #f8b500;outline-offset:2px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

/** The identification pages speak all three languages (the Messages pages fi and en). */
export function pickIdpLanguage(value: string | null | undefined): TLanguage {
  return value === "sv" || value === "en" ? value : "fi";
}

export function renderPage(options: {
  language: TLanguage;
  title: string;
  body: SafeHtml;
  head?: SafeHtml;
}): SafeHtml {
  const banner = {
    fi: "Testiympäristö — ei oikea Suomi.fi",
    sv: "Testmiljö — inte det riktiga Suomi.fi",
    en: "Test environment — not the real Suomi.fi",
  }[options.language];
  return html`<!doctype html>
    <html lang="${options.language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${options.title} – Suomi.fi (sandbox)</title>
        <link rel="icon" href="${SANDBOX_FAVICON}" />
        <style>
          ${STYLE}
        </style>
        ${options.head ?? ""}
      </head>
      <body>
        <header><span class="brand">Suomi.fi</span><span class="sandbox">${banner}</span></header>
        <main id="main">${options.body}</main>
      </body>
    </html>`;
}
