"use server";
import { revalidatePath } from "next/cache";
import * as z from "zod";
import { auditActor } from "@/lib/auth/require-admin";
import { formAdminAction } from "@/lib/form-admin/form-admin-action";
import { ZFormSettings } from "@/lib/form-admin/form-settings-schema";
import { updateFormSettings } from "@/lib/form-admin/form-settings";

export const saveSettingsAction = formAdminAction(
  "forms.edit",
  z.object({ formId: z.uuid(), settings: ZFormSettings }),
  async (input, context) => {
    await updateFormSettings(context.organization.id, input.formId, input.settings, auditActor(context));
    revalidatePath("/admin/forms");
    return { saved: true };
  },
);
