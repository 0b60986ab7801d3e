"use server";
import { revalidatePath } from "next/cache";
import { auditActor } from "@/lib/auth/require-admin";
import { formAdminAction } from "@/lib/form-admin/form-admin-action";
import {
  importDefinition,
  publishForm,
  saveDraft,
  ZImportDefinition,
  ZPublishForm,
  ZSaveDraft,
} from "@/lib/form-admin/form-editing";

export const saveDraftAction = formAdminAction("forms.edit", ZSaveDraft, async (input, context) =>
  saveDraft(context.organization.id, input),
);

export const publishFormAction = formAdminAction("forms.edit", ZPublishForm, async (input, context) => {
  const result = await publishForm(context.organization.id, input, {
    ...auditActor(context),
    userId: context.user.id,
  });
  revalidatePath("/admin/forms");
  return result;
});

export const importDefinitionAction = formAdminAction(
  "forms.edit",
  ZImportDefinition,
  async (input, context) => importDefinition(context.organization.id, input, auditActor(context)),
);
