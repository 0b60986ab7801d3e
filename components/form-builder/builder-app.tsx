"use client";
import { useTranslations } from "next-intl";
import { useCallback, useDeferredValue, useEffect, useMemo, useReducer, useState } from "react";
import type { TActionResult } from "@/lib/auth/action-state";
import type { TEditorForm } from "@/lib/form-admin/form-editing";
import { diagnose } from "@/lib/forms/diagnose";
import type { TFormDefinition } from "@/lib/forms/definition";
import {
  BuilderActionsContext,
  BuilderContext,
  type TBuilderActions,
  type TBuilderContext,
} from "./builder-context";
import { builderReducer, initialBuilderState } from "./builder-state";
import { BuilderToolbar, type TBuilderTab } from "./builder-toolbar";
import { CanvasPanel } from "./canvas-panel";
import { locate } from "./definition-operations";
import { DiagnosticsPanel } from "./diagnostics-panel";
import { ImportExportPanel, type TImportDefinition } from "./import-export-panel";
import { PalettePanel } from "./palette-panel";
import { PreviewPanel } from "./preview-panel";
import { PropertiesPanel } from "./properties-panel";
import { PublishPanel, type TPublish } from "./publish-panel";
import type { TTranslationFileActions } from "./translation-file-panel";
import { TranslationsPanel } from "./translations-panel";
import { UndoToast } from "./undo-toast";
import { useAutosave, type TSaveDraft } from "./use-autosave";

export type { TActionResult };

export function BuilderApp({
  form,
  saveDraft,
  publish,
  importDefinition,
  translationFileActions,
}: {
  form: TEditorForm;
  saveDraft: TSaveDraft;
  publish: TPublish;
  importDefinition: TImportDefinition;
  translationFileActions: TTranslationFileActions;
}) {
  const t = useTranslations("builder");
  const [state, dispatch] = useReducer(builderReducer, form.definition, initialBuilderState);
  const [tab, setTab] = useState<TBuilderTab>("build");
  const [deleted, setDeleted] = useState<{ label: string; at: number } | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  // An import of translations also writes the settings texts, so their publish blockers change here too.
  const [settingsBlockers, setSettingsBlockers] = useState(form.settingsBlockers);
  const autosave = useAutosave(form.id, state.present, form.revision, saveDraft);
  const deferredDefinition = useDeferredValue(state.present);
  const diagnosis = useMemo(() => diagnose(deferredDefinition), [deferredDefinition]);

  const focusElement = useCallback(
    (name: string | undefined, path?: string, view: "build" | "translations" = "build") => {
      setTab(view);
      if (name && locate(state.present, name))
        dispatch({ type: "select", selection: { kind: "element", name } });
      else if (path?.startsWith("pages/")) {
        const pageIndex = Number(path.split("/")[1]);
        dispatch({ type: "select", selection: { kind: "page", pageIndex } });
      } else dispatch({ type: "select", selection: { kind: "form" } });
      setFocusRequest((count) => count + 1);
    },
    [state.present],
  );
  const notifyDeleted = useCallback((label: string) => setDeleted({ label, at: Date.now() }), []);
  const actions: TBuilderActions = useMemo(() => ({ dispatch, notifyDeleted }), [notifyDeleted]);
  const context: TBuilderContext = useMemo(
    () => ({
      state,
      dispatch,
      diagnosis,
      notifyDeleted,
      requestPropertiesFocus: () => setFocusRequest((count) => count + 1),
      focusElement,
    }),
    [state, diagnosis, focusElement, notifyDeleted],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (target.closest("input, textarea, select, [contenteditable]")) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z") {
        event.preventDefault();
        dispatch({ type: event.shiftKey ? "redo" : "undo" });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const replaceFromServer = (definition: TFormDefinition, revision: number) => {
    autosave.acceptServerState(revision, definition);
    dispatch({ type: "replaceDefinition", definition });
  };

  return (
    <BuilderActionsContext.Provider value={actions}>
      <BuilderContext.Provider value={context}>
        <div className="flex min-h-screen flex-col bg-fi-depth-light-3">
          <BuilderToolbar
            title={state.present.title.fi}
            tab={tab}
            onTab={setTab}
            formId={form.id}
            saveStatus={autosave.status}
            blockerCount={diagnosis.blockers.length}
            warningCount={diagnosis.warnings.length}
          />
          <main id="main" className="flex-1 px-3 py-4 lg:px-4">
            <h1 className="sr-only">{t("pageTitle", { title: state.present.title.fi })}</h1>
            {tab === "build" ? (
              <div className="grid gap-4 lg:grid-cols-[14rem_minmax(0,1fr)_24rem]">
                <PalettePanel />
                <CanvasPanel />
                <PropertiesPanel focusRequest={focusRequest} />
              </div>
            ) : null}
            {tab === "translations" ? (
              <TranslationsPanel
                formId={form.id}
                fileActions={translationFileActions}
                flush={autosave.flush}
                currentRevision={autosave.currentRevision}
                onImported={(definition, revision, blockers) => {
                  replaceFromServer(definition, revision);
                  setSettingsBlockers(blockers);
                }}
              />
            ) : null}
            {tab === "preview" ? <PreviewPanel /> : null}
            {tab === "diagnostics" ? <DiagnosticsPanel /> : null}
            {tab === "publish" ? (
              <PublishPanel
                form={{ ...form, settingsBlockers }}
                publish={publish}
                flush={autosave.flush}
                currentRevision={autosave.currentRevision}
                onPublished={(revision) => autosave.acceptServerState(revision)}
              />
            ) : null}
            {tab === "importExport" ? (
              <ImportExportPanel
                formId={form.id}
                slug={form.slug}
                importDefinition={importDefinition}
                flush={autosave.flush}
                currentRevision={autosave.currentRevision}
                onImported={replaceFromServer}
              />
            ) : null}
          </main>
          {deleted ? (
            <UndoToast
              key={deleted.at}
              message={t("deleted", { label: deleted.label })}
              onUndo={() => {
                dispatch({ type: "undo" });
                setDeleted(null);
              }}
              onClose={() => setDeleted(null)}
            />
          ) : null}
        </div>
      </BuilderContext.Provider>
    </BuilderActionsContext.Provider>
  );
}
