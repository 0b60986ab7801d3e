import type { TFormDefinition } from "./definition";
import type { TDiagnostic } from "./diagnostic";
import { diagnose } from "./diagnose";

/**
 * draft (never published) → live (a published version; possibly with a new draft) → archived.
 * Published versions are immutable (frozen); submissions point at a version, never at the draft.
 */
export type TFormStatus = "draft" | "live" | "archived";

export interface TPublishedVersion {
  readonly version: number;
  readonly publishedAt: string;
  readonly definition: TFormDefinition;
}

export interface TFormLifecycle {
  readonly status: TFormStatus;
  /** The editable definition, or null when nothing is being edited. */
  readonly draft: TFormDefinition | null;
  readonly versions: readonly TPublishedVersion[];
  /** The version citizens fill in; null before the first publication. */
  readonly liveVersion: number | null;
  readonly archivedAt: string | null;
}

export type TLifecycleError =
  | { code: "noDraft" }
  | { code: "hasBlockers"; blockers: TDiagnostic[] }
  | { code: "archived" }
  | { code: "notArchived" }
  | { code: "notLive" }
  | { code: "draftExists" };

export type TLifecycleResult = { ok: true; form: TFormLifecycle } | { ok: false; error: TLifecycleError };

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const nested of Object.values(value)) deepFreeze(nested);
  }
  return value;
}

const ok = (form: TFormLifecycle): TLifecycleResult => ({ ok: true, form });
const fail = (error: TLifecycleError): TLifecycleResult => ({ ok: false, error });

export function createFormLifecycle(draft: TFormDefinition): TFormLifecycle {
  return {
    status: "draft",
    draft: structuredClone(draft),
    versions: [],
    liveVersion: null,
    archivedAt: null,
  };
}

export function updateDraft(form: TFormLifecycle, draft: TFormDefinition): TLifecycleResult {
  if (form.status === "archived") return fail({ code: "archived" });
  if (!form.draft) return fail({ code: "noDraft" });
  return ok({ ...form, draft: structuredClone(draft) });
}

/** Freezes the draft into the next version and makes it live. Refused while diagnose() reports blockers. */
export function publishDraft(form: TFormLifecycle, now: Date): TLifecycleResult {
  if (form.status === "archived") return fail({ code: "archived" });
  if (!form.draft) return fail({ code: "noDraft" });
  const { blockers } = diagnose(form.draft);
  if (blockers.length > 0) return fail({ code: "hasBlockers", blockers });
  const version: TPublishedVersion = deepFreeze({
    version: form.versions.length + 1,
    publishedAt: now.toISOString(),
    definition: structuredClone(form.draft),
  });
  return ok({
    ...form,
    status: "live",
    draft: null,
    versions: [...form.versions, version],
    liveVersion: version.version,
  });
}

/** Starts editing a live form: the new draft is a copy of the live version; citizens keep using the live one. */
export function startNewDraft(form: TFormLifecycle): TLifecycleResult {
  if (form.status === "archived") return fail({ code: "archived" });
  if (form.status !== "live" || form.liveVersion === null) return fail({ code: "notLive" });
  if (form.draft) return fail({ code: "draftExists" });
  const live = form.versions.find((version) => version.version === form.liveVersion);
  if (!live) return fail({ code: "notLive" });
  return ok({ ...form, draft: structuredClone(live.definition) as TFormDefinition });
}

/** Drops the draft of a live form; a never-published form keeps its draft (archive it instead). */
export function discardDraft(form: TFormLifecycle): TLifecycleResult {
  if (form.status !== "live") return fail({ code: "notLive" });
  if (!form.draft) return fail({ code: "noDraft" });
  return ok({ ...form, draft: null });
}

/** Closes the form for new submissions; versions are kept for the submissions that point at them. */
export function archiveForm(form: TFormLifecycle, now: Date): TLifecycleResult {
  if (form.status === "archived") return fail({ code: "archived" });
  return ok({ ...form, status: "archived", draft: null, archivedAt: now.toISOString() });
}

/** Brings an archived form back: live again if it had been published, else a draft of its last version. */
export function restoreForm(form: TFormLifecycle): TLifecycleResult {
  if (form.status !== "archived") return fail({ code: "notArchived" });
  if (form.liveVersion !== null) return ok({ ...form, status: "live", archivedAt: null });
  return fail({ code: "notLive" });
}

export function getLiveDefinition(form: TFormLifecycle): TFormDefinition | undefined {
  if (form.status !== "live") return undefined;
  return form.versions.find((version) => version.version === form.liveVersion)?.definition;
}

/** Whether the form takes submissions at `now` (status and the definition's opening and closing times). */
export function isAcceptingSubmissions(form: TFormLifecycle, now: Date): boolean {
  const definition = getLiveDefinition(form);
  if (!definition) return false;
  const { opensAt, closesAt } = definition.availability ?? {};
  if (opensAt && now.getTime() < Date.parse(opensAt)) return false;
  if (closesAt && now.getTime() >= Date.parse(closesAt)) return false;
  return true;
}
