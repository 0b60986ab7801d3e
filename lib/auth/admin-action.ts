import "server-only";
import { notFound } from "next/navigation";
import type { z } from "zod";
import { AccountsError } from "@/lib/accounts/errors";
import { requireAdmin, type TAdminContext } from "@/lib/auth/require-admin";
import type { TActionState } from "@/lib/auth/action-state";
import type { TPermission } from "@/lib/auth/roles";

export type { TActionState } from "@/lib/auth/action-state";

function isNotFoundError(error: unknown): boolean {
  return error instanceof Error && "code" in error && (error as { code: unknown }).code === "NOT_FOUND";
}

/**
 * Wraps a server action: authorises, parses the form with a schema from lib, calls one lib function and maps
 * domain errors to message keys. An object of another organisation answers 404, as a page would.
 */
export function adminAction<TSchema extends z.ZodType>(
  permission: TPermission,
  schema: TSchema,
  handler: (input: z.output<TSchema>, context: TAdminContext) => Promise<TActionState | void>,
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
      return (await handler(parsed.data, context)) ?? { status: "ok" };
    } catch (error) {
      if (error instanceof AccountsError) {
        if (error.code === "NOT_FOUND") notFound();
        return { status: "error", messageKey: error.code };
      }
      // Other domains' errors (forms, delivery) use the same code: another organisation's object is a 404 too.
      if (isNotFoundError(error)) notFound();
      throw error;
    }
  };
}
