// Browser-safe: the state a form is shown in on the forms list.

export const FORM_DISPLAY_STATUSES = [
  "draft",
  "scheduled",
  "open",
  "closed",
  "paused",
  "liveWithChanges",
  "archived",
] as const;
export type TFormDisplayStatus = (typeof FORM_DISPLAY_STATUSES)[number];

export interface TFormStatusInput {
  status: "draft" | "live" | "archived";
  opensAt: Date | null;
  closesAt: Date | null;
  isPaused: boolean;
  /** A draft exists and differs from the live version. */
  hasUnpublishedChanges: boolean;
  maxSubmissions?: number | null;
  submissionCount?: number;
}

/**
 * One state per form, most important first: archived, never published, unpublished changes (editors act on
 * it), paused, then the citizen's view of the window (scheduled, closed by time or by the submission cap, open).
 */
export function formDisplayStatus(form: TFormStatusInput, now: Date): TFormDisplayStatus {
  if (form.status === "archived") return "archived";
  if (form.status === "draft") return "draft";
  if (form.hasUnpublishedChanges) return "liveWithChanges";
  if (form.isPaused) return "paused";
  if (form.opensAt && now.getTime() < form.opensAt.getTime()) return "scheduled";
  if (form.closesAt && now.getTime() >= form.closesAt.getTime()) return "closed";
  if (
    form.maxSubmissions !== undefined &&
    form.maxSubmissions !== null &&
    (form.submissionCount ?? 0) >= form.maxSubmissions
  )
    return "closed";
  return "open";
}
