import type { TLanguage } from "@/lib/forms/localized-text";
import { citizenText } from "./citizen-messages";

export type TSummaryError = { href: string; message: string };

/**
 * GOV.UK-style error summary, first in the page. tabIndex -1 so the enhancement script can focus it;
 * without the script the page title starts with "Virhe: ".
 */
export function ErrorSummary({ errors, language }: { errors: TSummaryError[]; language: TLanguage }) {
  if (errors.length === 0) return null;
  return (
    <div
      className="error-summary"
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
      data-error-summary=""
    >
      <h2 className="error-summary-title" id="error-summary-title">
        {citizenText(language, "errorSummaryTitle")}
      </h2>
      <ul className="error-summary-list">
        {errors.map((error) => (
          <li key={`${error.href}-${error.message}`}>
            <a href={error.href}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
