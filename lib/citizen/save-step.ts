// One step of a citizen's form, posted: store the step's uploads, merge the posted answers into the draft,
// apply a row or file action, validate the page against the published version and record it as completed.
// The route only parses the request, calls this and turns the outcome into a redirect or a page.
import "server-only";
import { now } from "@/lib/clock";
import { coerceFormInput } from "@/lib/forms/coerce-form-input";
import { lookupPostalCode } from "@/lib/forms/data/postal-codes";
import { isField, type TFormDefinition, type TPage } from "@/lib/forms/definition";
import { issuePathToName } from "@/lib/forms/input-names";
import type { TLanguage } from "@/lib/forms/localized-text";
import { todayInFinland } from "@/lib/forms/today";
import { validateAnswers } from "@/lib/forms/validate-answers";
import { filesByInputName, withDraftFiles } from "./draft-answers";
import { restartDraftOnVersion, saveDraft, type TDraft } from "./drafts";
import { nextPageId } from "./page-flow";
import { newlyRevealedKeys, SHOWN_FIELDS_INPUT } from "./revealed-fields";
import { findDraftStop } from "./find-draft-stop";
import {
  applyRowAction,
  keepHiddenAnswers,
  mergePageAnswers,
  withValidatedPage,
  type TStepAction,
} from "./step-answers";
import { removeDraftFile, storeUploads } from "./store-uploads";

export type TStepForm = {
  id: string;
  versionId: string;
  organizationId: string;
  draftLifetimeDays: number;
};

export type TSaveStepInput = {
  draft: TDraft;
  form: TStepForm;
  /** The definition the draft is on (possibly an older version than the live one). */
  definition: TFormDefinition;
  page: TPage;
  fields: Record<string, string | string[]>;
  files: Map<string, File[]>;
  action: TStepAction;
  language: TLanguage;
  /** Answers that replace whatever was posted for their fields (Suomi.fi Identification's prefilled values). */
  fixedAnswers?: Record<string, unknown>;
};

export type TSaveStepOutcome =
  /** The draft now uses the live version and starts from its first page. */
  | { kind: "restarted"; firstPageId: string }
  /** Saved as it is ("save and continue later"): go to the save page. */
  | { kind: "savedForLater" }
  /** A file or row action: the same page again, scrolled to the input it concerned. */
  | { kind: "stay"; anchor: string }
  /** The page again with these messages by input name (nothing is lost: the answers are saved). */
  | {
      kind: "invalid";
      values: Record<string, unknown>;
      errors: Record<string, string>;
      hasRevealedFields: boolean;
    }
  /** The page is complete but the answers meet a stop rule: the exit page instead of the next step. */
  | { kind: "stopped" }
  /** The page is complete; the next page, or none when the check page follows. */
  | { kind: "completed"; nextPageId: string | null };

async function storePageUploads(input: TSaveStepInput): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  for (const field of input.page.elements.filter(isField)) {
    if (field.type !== "file") continue;
    const files = input.files.get(field.key) ?? [];
    if (files.length === 0) continue;
    const result = await storeUploads({
      draft: input.draft,
      organizationId: input.form.organizationId,
      field,
      inputName: field.key,
      files,
      language: input.language,
    });
    if (result.errors.length > 0) errors[field.key] = result.errors.join(" ");
  }
  return errors;
}

function anchorOf(action: TStepAction): string {
  if (action.kind === "upload" || action.kind === "addRow" || action.kind === "removeRow") return action.key;
  if (action.kind === "removeFile") return action.fileId;
  return "";
}

export async function saveStep(input: TSaveStepInput): Promise<TSaveStepOutcome> {
  const { draft, form, definition, page, action, language } = input;
  const lifetimeDays = form.draftLifetimeDays;
  if (action.kind === "restart") {
    await restartDraftOnVersion(draft, form.versionId, lifetimeDays);
    return { kind: "restarted", firstPageId: definition.pages[0]!.id };
  }
  const uploadErrors = await storePageUploads(input);
  if (action.kind === "removeFile") await removeDraftFile(draft, action.fileId);

  const posted = coerceFormInput(definition, page.id, input.fields, { files: filesByInputName(draft.files) });
  const answers = keepHiddenAnswers(draft.answers, page, {
    ...applyRowAction(mergePageAnswers(draft.answers, page, posted), action),
    ...input.fixedAnswers,
  });

  if (action.kind !== "continue") {
    await saveDraft(draft, { answers, language }, lifetimeDays);
    if (Object.keys(uploadErrors).length > 0)
      return {
        kind: "invalid",
        values: withDraftFiles(answers, draft.files),
        errors: uploadErrors,
        hasRevealedFields: false,
      };
    return action.kind === "save" ? { kind: "savedForLater" } : { kind: "stay", anchor: anchorOf(action) };
  }

  const values = withDraftFiles(answers, draft.files);
  const result = validateAnswers(definition, values, {
    language,
    pageId: page.id,
    lookups: { postalCode: lookupPostalCode },
    today: todayInFinland(now()),
  });
  const errors: Record<string, string> = { ...uploadErrors };
  const revealed = newlyRevealedKeys(page, values, input.fields[SHOWN_FIELDS_INPUT]);
  for (const issue of result.issues) {
    if (revealed.has(String(issue.path[0]))) continue;
    const name = issuePathToName(issue.path);
    if (!(name in errors)) errors[name] = issue.message;
  }
  if (Object.keys(errors).length > 0 || revealed.size > 0) {
    await saveDraft(draft, { answers, language }, lifetimeDays);
    return { kind: "invalid", values, errors, hasRevealedFields: revealed.size > 0 };
  }
  const saved = keepHiddenAnswers(draft.answers, page, withValidatedPage(answers, page, result.value));
  const completedPageIds = draft.completedPageIds.includes(page.id)
    ? draft.completedPageIds
    : [...draft.completedPageIds, page.id];
  await saveDraft(draft, { answers: saved, completedPageIds, language }, lifetimeDays);
  if (findDraftStop(definition, withDraftFiles(saved, draft.files), language)) return { kind: "stopped" };
  return { kind: "completed", nextPageId: nextPageId(definition, saved, page.id) };
}
