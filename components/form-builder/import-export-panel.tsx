"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import type { TActionResult } from "@/lib/auth/action-state";
import { parseDefinitionJson, type TImportProblem } from "@/lib/form-admin/parse-definition-json";
import type { TFormDefinition } from "@/lib/forms/definition";
import { useBuilder } from "./builder-context";

export type TImportDefinition = (input: {
  formId: string;
  revision: number;
  json: string;
}) => Promise<TActionResult<{ revision: number; definition: TFormDefinition }>>;

/** Download the draft as JSON; upload or paste JSON to replace the draft (checked in the browser and on the server). */
export function ImportExportPanel({
  formId,
  slug,
  importDefinition,
  flush,
  currentRevision,
  onImported,
}: {
  formId: string;
  slug: string;
  importDefinition: TImportDefinition;
  flush: () => Promise<boolean>;
  currentRevision: () => number;
  onImported: (definition: TFormDefinition, revision: number) => void;
}) {
  const t = useTranslations("builder.importExport");
  const tErrors = useTranslations("builder.errors");
  const { state } = useBuilder();
  const [text, setText] = useState("");
  const [problems, setProblems] = useState<TImportProblem[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  const exportJson = () => {
    const blob = new Blob([`${JSON.stringify(state.present, null, 2)}\n`], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = `${slug}.json`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const onImport = () => {
    setMessage(null);
    const parsed = parseDefinitionJson(text);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    setProblems([]);
    startTransition(async () => {
      await flush();
      const result = await importDefinition({ formId, revision: currentRevision(), json: text });
      if (result.status === "ok") {
        onImported(result.data.definition, result.data.revision);
        setMessage(t("imported"));
        setText("");
      } else {
        setMessage(tErrors(result.messageKey));
        if (Array.isArray(result.details)) setProblems(result.details as TImportProblem[]);
      }
    });
  };

  return (
    <section aria-labelledby="import-export-title" className="panel max-w-4xl">
      <h2 id="import-export-title">{t("title")}</h2>
      <h3 className="mt-4">{t("exportTitle")}</h3>
      <p className="mt-1">{t("exportIntro")}</p>
      <button type="button" className="btn btn-secondary mt-2" onClick={exportJson}>
        {t("export")}
      </button>
      <h3 className="mt-6">{t("importTitle")}</h3>
      <p className="mt-1">{t("importIntro")}</p>
      <label htmlFor="import-file" className="label mt-3">
        {t("file")}
      </label>
      <input
        id="import-file"
        type="file"
        accept="application/json,.json"
        onChange={async (event) => setText((await event.target.files?.[0]?.text()) ?? "")}
      />
      <label htmlFor="import-json" className="label mt-3">
        {t("json")}
      </label>
      <textarea
        id="import-json"
        className="input font-mono text-sm"
        rows={10}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {problems.length > 0 ? (
        <div role="alert" className="alert mt-3">
          <p className="font-semibold">{t("problems", { count: problems.length })}</p>
          <ul className="mt-1 list-disc pl-6" data-testid="import-problems">
            {problems.slice(0, 50).map((problem, index) => (
              <li key={index}>
                <code>{problem.path || "/"}</code>: {problem.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {message ? (
        <p role="status" className="notice mt-3">
          {message}
        </p>
      ) : null}
      <button
        type="button"
        className="btn mt-3"
        onClick={onImport}
        disabled={isPending || text.trim() === ""}
      >
        {t("import")}
      </button>
    </section>
  );
}
