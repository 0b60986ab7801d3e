"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { TActionResult } from "@/lib/auth/action-state";
import type { TFormDefinition } from "@/lib/forms/definition";

export type TSaveDraft = (input: {
  formId: string;
  revision: number;
  definition: TFormDefinition;
}) => Promise<TActionResult<{ revision: number }>>;

export type TSaveStatus = "saved" | "pending" | "saving" | "conflict" | "invalid" | "error";

const DEBOUNCE_MS = 1000;

/**
 * Saves the draft a second after the last change. The server refuses a save based on an older revision
 * (someone else saved in between); then autosave stops and the editor is told, instead of overwriting.
 */
export function useAutosave(
  formId: string,
  definition: TFormDefinition,
  initialRevision: number,
  save: TSaveDraft,
) {
  const [status, setStatus] = useState<TSaveStatus>("saved");
  const revision = useRef(initialRevision);
  const saved = useRef(definition);
  const latest = useRef(definition);
  const running = useRef<Promise<boolean> | null>(null);
  const isStopped = useRef(false);

  const flush = useCallback(async (): Promise<boolean> => {
    while (running.current) await running.current;
    if (isStopped.current) return false;
    const target = latest.current;
    if (target === saved.current) return true;
    setStatus("saving");
    const attempt = (async () => {
      try {
        const result = await save({ formId, revision: revision.current, definition: target });
        if (result.status === "ok") {
          revision.current = result.data.revision;
          saved.current = target;
          setStatus(latest.current === target ? "saved" : "pending");
          return true;
        }
        if (result.messageKey === "STALE_REVISION") {
          isStopped.current = true;
          setStatus("conflict");
        } else setStatus(result.messageKey === "INVALID_DEFINITION" ? "invalid" : "error");
        return false;
      } catch {
        setStatus("error");
        return false;
      }
    })();
    running.current = attempt;
    try {
      return await attempt;
    } finally {
      running.current = null;
    }
  }, [formId, save]);

  useEffect(() => {
    latest.current = definition;
    if (definition === saved.current || isStopped.current) return;
    setStatus("pending");
    const timer = setTimeout(() => void flush(), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [definition, flush]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      // After a refused save the editor reloads on purpose; do not ask twice.
      if (latest.current !== saved.current && !isStopped.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, []);

  /** After publish or import the server holds a new revision (and, for import, a new definition). */
  const acceptServerState = useCallback((nextRevision: number, nextDefinition?: TFormDefinition) => {
    revision.current = nextRevision;
    if (nextDefinition) {
      saved.current = nextDefinition;
      latest.current = nextDefinition;
    }
  }, []);
  const currentRevision = useCallback(() => revision.current, []);

  return { status, flush, acceptServerState, currentRevision };
}
