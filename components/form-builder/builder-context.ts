"use client";
import { createContext, useContext, type Dispatch } from "react";
import type { TDiagnosis } from "@/lib/forms/diagnose";
import type { TBuilderAction, TBuilderState } from "./builder-state";

export interface TBuilderContext {
  state: TBuilderState;
  dispatch: Dispatch<TBuilderAction>;
  diagnosis: TDiagnosis;
  /** Shows the "deleted – undo" toast. */
  notifyDeleted: (label: string) => void;
  /** Opens the build tab (or the translations) with this element selected and its properties focused. */
  /** Moves focus to the first input of the properties panel (after adding an element from the palette). */
  requestPropertiesFocus: () => void;
  focusElement: (name: string | undefined, path?: string, view?: "build" | "translations") => void;
}

export const BuilderContext = createContext<TBuilderContext | null>(null);

export function useBuilder(): TBuilderContext {
  const context = useContext(BuilderContext);
  if (!context) throw new Error("useBuilder outside BuilderApp");
  return context;
}

/** The stable part of the builder (dispatch and notices), so memoised canvas cards skip re-rendering. */
export interface TBuilderActions {
  dispatch: Dispatch<TBuilderAction>;
  notifyDeleted: (label: string) => void;
}

export const BuilderActionsContext = createContext<TBuilderActions | null>(null);

export function useBuilderActions(): TBuilderActions {
  const context = useContext(BuilderActionsContext);
  if (!context) throw new Error("useBuilderActions outside BuilderApp");
  return context;
}
