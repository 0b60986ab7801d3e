import { DomainError, NotFoundError } from "@/lib/errors/domain-error";

/** Codes of the form editor's refusals, translated by the UI (namespace "builder.errors"). */
export type TFormAdminErrorCode =
  | "SLUG_TAKEN"
  | "STALE_REVISION"
  | "HAS_BLOCKERS"
  | "ARCHIVED"
  | "INVALID_DEFINITION"
  | "NOTHING_TO_PUBLISH"
  | "INVALID_SETTINGS"
  | "TRANSLATION_IMPORT_REFUSED";

/** What the form editor refuses; "not found" is NotFoundError, as everywhere in lib/. */
export class FormAdminError extends DomainError<TFormAdminErrorCode> {}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id in a URL is "not found", not a database error. */
export function assertFormId(formId: string): void {
  if (!UUID.test(formId)) throw new NotFoundError();
}
