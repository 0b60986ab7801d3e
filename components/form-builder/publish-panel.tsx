"use client";
import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { TActionResult } from "@/lib/auth/action-state";
import type { TEditorForm } from "@/lib/form-admin/form-editing";
import type { TDiagnostic } from "@/lib/forms/diagnostic";
import type { TLanguage } from "@/lib/forms/localized-text";
import { useBuilder } from "./builder-context";

export type TPublish = (input: {
  formId: string;
  revision: number;
  note?: string;
}) => Promise<TActionResult<{ version: number; revision: number }>>;

/** Publishes the draft as the next immutable version; blockers from diagnose() are listed and prevent it. */
export function PublishPanel({
  form,
  publish,
  flush,
  currentRevision,
  onPublished,
}: {
  form: TEditorForm;
  publish: TPublish;
  flush: () => Promise<boolean>;
  currentRevision: () => number;
  onPublished: (revision: number) => void;
}) {
  const t = useTranslations("builder.publish");
  const tErrors = useTranslations("builder.errors");
  const language = useLocale() as TLanguage;
  const { diagnosis, focusElement } = useBuilder();
  const [note, setNote] = useState("");
  const [isPending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<
    { version: number } | { error: string; blockers?: TDiagnostic[] } | null
  >(null);
  const blockers = diagnosis.blockers;

  const onPublish = () =>
    startTransition(async () => {
      const isSaved = await flush();
      if (!isSaved) {
        setOutcome({ error: tErrors("saveFirst") });
        return;
      }
      const result = await publish({
        formId: form.id,
        revision: currentRevision(),
        note: note.trim() || undefined,
      });
      if (result.status === "ok") {
        onPublished(result.data.revision);
        setOutcome({ version: result.data.version });
        setNote("");
      } else
        setOutcome({
          error: tErrors(result.messageKey),
          blockers: result.messageKey === "HAS_BLOCKERS" ? (result.details as TDiagnostic[]) : undefined,
        });
    });

  const publicPath = `/f/${form.organizationSlug}/${form.slug}`;
  return (
    <section aria-labelledby="publish-title" className="panel max-w-3xl">
      <h2 id="publish-title">{t("title")}</h2>
      <p className="mt-1">{t("intro")}</p>
      {outcome && "version" in outcome ? (
        <div role="status" className="notice mt-4">
          <p className="font-semibold">{t("published", { version: outcome.version })}</p>
          <p>
            {t("publicAddress")} <a href={publicPath}>{publicPath}</a>
          </p>
        </div>
      ) : null}
      {outcome && "error" in outcome ? (
        <div role="alert" className="alert mt-4">
          <p className="font-semibold">{outcome.error}</p>
        </div>
      ) : null}
      {blockers.length > 0 ? (
        <section aria-labelledby="publish-blockers" className="mt-4">
          <h3 id="publish-blockers">{t("blockersTitle", { count: blockers.length })}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-6" data-testid="publish-blockers">
            {blockers.map((blocker, index) => (
              <li key={`${blocker.code}-${blocker.path}-${index}`}>
                {blocker.message[language]}{" "}
                <button
                  type="button"
                  className="underline text-fi-highlight-dark-1"
                  onClick={() =>
                    focusElement(
                      blocker.elementId,
                      blocker.path,
                      blocker.code === "missingTranslation" ? "translations" : "build",
                    )
                  }
                >
                  {t("fix")}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <p className="mt-4 text-fi-success-dark-1">{t("ready")}</p>
      )}
      <div className="mt-4">
        <label htmlFor="publish-note" className="label">
          {t("note")}
        </label>
        <span id="publish-note-hint" className="hint">
          {t("noteHint")}
        </span>
        <input
          id="publish-note"
          className="input"
          value={note}
          maxLength={500}
          aria-describedby="publish-note-hint"
          onChange={(event) => setNote(event.target.value)}
        />
      </div>
      <button
        type="button"
        className="btn mt-4"
        onClick={onPublish}
        disabled={isPending || blockers.length > 0}
      >
        {form.liveVersion ? t("publishNew") : t("publishFirst")}
      </button>
    </section>
  );
}
