import "server-only";
import { notFound } from "next/navigation";
import type { z } from "zod";
import { DomainError, NotFoundError } from "@/lib/errors/domain-error";
import { requireAdmin, type TAdminContext } from "@/lib/auth/require-admin";
import type { TActionState } from "@/lib/auth/action-state";
import type { TPermission } from "@/lib/auth/roles";

export type { TActionState } from "@/lib/auth/action-state";

/**
 * Wraps a server action: authorises, parses the form with a schema from lib, calls one lib function and maps
 * domain errors to message keys. An object of another organisation answers 404, as a page would.
 */
export function adminAction<TSchema extends z.ZodType>(
  permission: TPermission,
  schema: TSchema,
  /** `formData` carries what a schema does not parse, e.g. several files under one name. */
  handler: (
    input: z.output<TSchema>,
    context: TAdminContext,
    formData: FormData,
  ) => Promise<TActionState | void>,
) {
  return async (_previous: TActionState, formData: FormData): Promise<TActionState> => {
    const context = await requireAdmin(permission);
    const parsed = schema.safeParse(Object.fromEntries(formData));
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path.join(".") || "_form";
        (fieldErrors[key] ??= []).push(issue.message);
      }
      return { status: "error", messageKey: "invalidInput", fieldErrors };
    }
    try {
      return (await handler(parsed.data, context, formData)) ?? { status: "ok" };
    } catch (error) {
      // Another organisation's object answers 404, whichever domain looked it up.
      if (error instanceof NotFoundError) notFound();
      if (error instanceof DomainError) return { status: "error", messageKey: error.code };
      throw error;
    }
  };
}
