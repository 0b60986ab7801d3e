// Browser-safe: what a form-editor server action answers; the client shows `code` through "builder.errors".
import type { TFormAdminErrorCode } from "./form-admin-error";

export type TFormActionResult<T> =
  { ok: true; data: T } | { ok: false; code: TFormAdminErrorCode | "invalidInput"; details?: unknown };
