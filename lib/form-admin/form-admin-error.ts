/** A domain error of the form editor; `code` is translated by the UI (namespace "builder.errors"). */
export type TFormAdminErrorCode =
  | "NOT_FOUND"
  | "SLUG_TAKEN"
  | "STALE_REVISION"
  | "HAS_BLOCKERS"
  | "ARCHIVED"
  | "INVALID_DEFINITION"
  | "NOTHING_TO_PUBLISH"
  | "INVALID_SETTINGS";

export class FormAdminError extends Error {
  constructor(
    readonly code: TFormAdminErrorCode,
    readonly details?: unknown,
  ) {
    super(code);
    this.name = "FormAdminError";
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id in a URL is "not found", not a database error. */
export function assertFormId(formId: string): void {
  if (!UUID.test(formId)) throw new FormAdminError("NOT_FOUND");
}
