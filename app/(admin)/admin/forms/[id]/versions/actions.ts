"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { adminAction } from "@/lib/auth/admin-action";
import { auditActor } from "@/lib/auth/require-admin";
import { FormAdminError } from "@/lib/form-admin/form-admin-error";
import { restoreVersionIntoDraft } from "@/lib/form-admin/form-editing";

const ZRestore = z.object({
  formId: z.uuid(),
  revision: z.coerce.number().int().min(0),
  version: z.coerce.number().int().min(1),
});

export const restoreVersionAction = adminAction("forms.edit", ZRestore, async (input, context) => {
  try {
    await restoreVersionIntoDraft(context.organization.id, input, auditActor(context));
  } catch (error) {
    if (error instanceof FormAdminError) return { status: "error", messageKey: error.code };
    throw error;
  }
  revalidatePath(`/admin/forms/${input.formId}/versions`);
  redirect(`/admin/forms/${input.formId}/edit`);
});
