// The pure half of a posted step: what was pressed, and how the posted page changes the draft's answers.
import { evaluateCondition } from "@/lib/forms/conditions";
import { isField, type TPage } from "@/lib/forms/definition";

const KEY = "[A-Za-z][A-Za-z0-9_]*";

/** What the person pressed: the page's buttons post `_action`. */
export type TStepAction =
  | { kind: "continue" }
  | { kind: "save" }
  | { kind: "restart" }
  | { kind: "upload"; key: string }
  | { kind: "removeFile"; fileId: string }
  | { kind: "addRow"; key: string }
  | { kind: "removeRow"; key: string; index: number };

/** Unknown or missing actions continue, as pressing Enter in a field does. */
export function parseStepAction(posted: unknown): TStepAction {
  if (typeof posted !== "string") return { kind: "continue" };
  if (posted === "save" || posted === "restart") return { kind: posted };
  const upload = new RegExp(`^upload:(${KEY})$`).exec(posted);
  if (upload) return { kind: "upload", key: upload[1]! };
  const removeFile = /^remove-file:([0-9a-f-]{36})$/.exec(posted);
  if (removeFile) return { kind: "removeFile", fileId: removeFile[1]! };
  const addRow = new RegExp(`^add-row:(${KEY})$`).exec(posted);
  if (addRow) return { kind: "addRow", key: addRow[1]! };
  const removeRow = new RegExp(`^remove-row:(${KEY}):(\\d{1,4})$`).exec(posted);
  if (removeRow) return { kind: "removeRow", key: removeRow[1]!, index: Number(removeRow[2]) };
  return { kind: "continue" };
}

/** Rows are added and removed on the answers as posted, before validation. */
export function applyRowAction(
  answers: Record<string, unknown>,
  action: TStepAction,
): Record<string, unknown> {
  if (action.kind !== "addRow" && action.kind !== "removeRow") return answers;
  const current = answers[action.key];
  const rows = Array.isArray(current) ? [...(current as unknown[])] : [];
  if (action.kind === "addRow") rows.push({});
  else rows.splice(action.index, 1);
  return { ...answers, [action.key]: rows };
}

/** The draft's answers with this page's posted values in place of its old ones; files come from storage. */
export function mergePageAnswers(
  draftAnswers: Record<string, unknown>,
  page: TPage,
  posted: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...draftAnswers };
  for (const field of page.elements.filter(isField)) {
    // File answers come from the stored files, never from posted values.
    if (field.type !== "file" && field.key in posted) merged[field.key] = posted[field.key];
    else delete merged[field.key];
  }
  return merged;
}

/** The draft's answers with this page's validated values in place of the posted ones. */
export function withValidatedPage(
  answers: Record<string, unknown>,
  page: TPage,
  validated: Record<string, unknown>,
): Record<string, unknown> {
  const saved: Record<string, unknown> = { ...answers };
  for (const field of page.elements.filter(isField)) {
    if (field.type === "file") continue;
    if (field.key in validated) saved[field.key] = validated[field.key];
    else delete saved[field.key];
  }
  return saved;
}

/**
 * This page's questions that are hidden now keep the answer the draft had for them: a person who changes an
 * earlier answer and back again finds what they wrote. Hidden answers are never validated or sent (the
 * validator leaves hidden fields out), and the draft is deleted once the form is sent.
 */
export function keepHiddenAnswers(
  draftAnswers: Record<string, unknown>,
  page: TPage,
  answers: Record<string, unknown>,
): Record<string, unknown> {
  const kept: Record<string, unknown> = { ...answers };
  for (const field of page.elements.filter(isField)) {
    if (field.type === "file" || !(field.key in draftAnswers)) continue;
    if (!evaluateCondition(field.visibleIf, (key) => answers[key])) kept[field.key] = draftAnswers[field.key];
  }
  return kept;
}
