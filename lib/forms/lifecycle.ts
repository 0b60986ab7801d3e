// The rules of a form's lifecycle, as pure decisions: draft (never published) → live (a published version,
// possibly with a new draft) → archived, and back. lib/form-admin applies them to the stored form inside its
// transactions; published versions themselves are immutable rows and never change here.
import type { TFormDefinition } from "./definition";
import type { TDiagnostic } from "./diagnostic";
import { diagnose } from "./diagnose";

export type TFormStatus = "draft" | "live" | "archived";

export type TLifecycleRefusal =
  { code: "ARCHIVED" } | { code: "NOTHING_TO_PUBLISH" } | { code: "HAS_BLOCKERS"; blockers: TDiagnostic[] };

/** Why the draft cannot be saved, imported or restored into; undefined when it can. */
export function editRefusal(status: TFormStatus): TLifecycleRefusal | undefined {
  return status === "archived" ? { code: "ARCHIVED" } : undefined;
}

/** Why this draft cannot become the next version: archived, no draft, or diagnose() reports blockers. */
export function publishRefusal(
  status: TFormStatus,
  draft: TFormDefinition | null,
): TLifecycleRefusal | undefined {
  if (status === "archived") return { code: "ARCHIVED" };
  if (draft === null) return { code: "NOTHING_TO_PUBLISH" };
  const { blockers } = diagnose(draft);
  return blockers.length > 0 ? { code: "HAS_BLOCKERS", blockers } : undefined;
}

/** Publishing always makes the new version the live one. */
export const STATUS_AFTER_PUBLISH: TFormStatus = "live";

/** The status archiving moves to, or undefined when the form is already archived (nothing to do). */
export function statusAfterArchive(status: TFormStatus): TFormStatus | undefined {
  return status === "archived" ? undefined : "archived";
}

/** Restoring brings a form back live if it was ever published, else as a draft; undefined when not archived. */
export function statusAfterRestore(
  status: TFormStatus,
  hasPublishedVersion: boolean,
): TFormStatus | undefined {
  if (status !== "archived") return undefined;
  return hasPublishedVersion ? "live" : "draft";
}
