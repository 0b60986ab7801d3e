import "server-only";
import { notFound } from "next/navigation";
import type * as z from "zod";
import { requireAdmin, type TAdminContext } from "@/lib/auth/require-admin";
import type { TPermission } from "@/lib/auth/roles";
import type { TFormActionResult } from "./form-admin-action-result";
import { NotFoundError } from "@/lib/errors/domain-error";
import { FormAdminError } from "./form-admin-error";

/**
 * Wraps a server action that the builder calls with a plain object: authorises, parses with a schema from lib,
 * runs one lib function and maps FormAdminError to a result. Another organisation's form answers 404.
 */
export function formAdminAction<TSchema extends z.ZodType, TResult>(
  permission: TPermission,
  schema: TSchema,
  handler: (input: z.output<TSchema>, context: TAdminContext) => Promise<TResult>,
) {
  return async (input: z.input<TSchema>): Promise<TFormActionResult<TResult>> => {
    const context = await requireAdmin(permission);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return {
        ok: false,
        code: "invalidInput",
        details: parsed.error.issues.map((issue) => ({ path: issue.path.join("/"), message: issue.message })),
      };
    }
    try {
      return { ok: true, data: await handler(parsed.data, context) };
    } catch (error) {
      if (error instanceof NotFoundError) notFound();
      if (error instanceof FormAdminError) {
        return { ok: false, code: error.code, details: JSON.parse(JSON.stringify(error.details ?? null)) };
      }
      throw error;
    }
  };
}
