"use client";
import { useLocale, useTranslations } from "next-intl";
import type { TDiagnostic } from "@/lib/forms/diagnostic";
import type { TLanguage } from "@/lib/forms/localized-text";
import { useBuilder } from "./builder-context";

// Form-level problems without an element (message length, attachments) have nothing to open.
const FORM_TEXT_PATHS = ["title", "description", "instructions"];

/** diagnose() as two lists; each item opens the element to fix. */
export function DiagnosticsPanel() {
  const t = useTranslations("builder.diagnostics");
  const language = useLocale() as TLanguage;
  const { diagnosis, focusElement } = useBuilder();
  const list = (items: TDiagnostic[], kind: "blockers" | "warnings") => (
    <section aria-labelledby={`diagnostics-${kind}`} className="mt-4">
      <h3 id={`diagnostics-${kind}`}>{t(`${kind}Title`, { count: items.length })}</h3>
      {items.length === 0 ? (
        <p className="mt-1">{t(`${kind}None`)}</p>
      ) : (
        <ul className="mt-2 space-y-2" data-testid={`diagnostics-${kind}`}>
          {items.map((item, index) => (
            <li
              key={`${item.code}-${item.path}-${index}`}
              className={kind === "blockers" ? "alert" : "notice"}
            >
              <p>{item.message[language]}</p>
              {item.elementId || FORM_TEXT_PATHS.includes(item.path) ? (
                <button
                  type="button"
                  className="mt-1 underline text-fi-highlight-dark-1"
                  onClick={() =>
                    focusElement(
                      item.elementId,
                      item.path,
                      item.code === "missingTranslation" ? "translations" : "build",
                    )
                  }
                >
                  {item.elementId ? t("fix", { element: item.elementId }) : t("fixForm")}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <section aria-labelledby="diagnostics-title" className="panel">
      <h2 id="diagnostics-title">{t("title")}</h2>
      <p className="mt-1">{t("intro")}</p>
      {list(diagnosis.blockers, "blockers")}
      {list(diagnosis.warnings, "warnings")}
    </section>
  );
}
