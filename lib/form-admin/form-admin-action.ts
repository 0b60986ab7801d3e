import "server-only";
import { notFound } from "next/navigation";
import type * as z from "zod";
import { requireAdmin, type TAdminContext } from "@/lib/auth/require-admin";
import type { TPermission } from "@/lib/auth/roles";
import type { TActionResult } from "@/lib/auth/action-state";
import { NotFoundError } from "@/lib/errors/domain-error";
import { FormAdminError } from "./form-admin-error";

/**
 * Wraps a server action that the builder calls with a plain object: authorises, parses with a schema from lib,
 * runs one lib function and maps FormAdminError to the one action result shape (lib/auth/action-state). Another organisation's form answers 404.
 */
export function formAdminAction<TSchema extends z.ZodType, TResult>(
  permission: TPermission,
  schema: TSchema,
  handler: (input: z.output<TSchema>, context: TAdminContext) => Promise<TResult>,
) {
  return async (input: z.input<TSchema>): Promise<TActionResult<TResult>> => {
    const context = await requireAdmin(permission);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      return {
        status: "error",
        messageKey: "invalidInput",
        details: parsed.error.issues.map((issue) => ({ path: issue.path.join("/"), message: issue.message })),
      };
    }
    try {
      return { status: "ok", data: await handler(parsed.data, context) };
    } catch (error) {
      if (error instanceof NotFoundError) notFound();
      if (error instanceof FormAdminError) {
        return {
          status: "error",
          messageKey: error.code,
          details: JSON.parse(JSON.stringify(error.details ?? null)),
        };
      }
      throw error;
    }
  };
}
