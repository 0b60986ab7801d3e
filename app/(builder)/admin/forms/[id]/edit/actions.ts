"use server";
import { getLocale } from "next-intl/server";
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
import {
  exportTranslations,
  importTranslations,
  previewTranslationImport,
  ZExportTranslations,
  ZImportTranslations,
} from "@/lib/form-admin/translation-exchange";
import { isLocale } from "@/lib/i18n/locales";

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

export const exportTranslationsAction = formAdminAction(
  "forms.edit",
  ZExportTranslations,
  async (input, context) => {
    const locale = await getLocale();
    return exportTranslations(context.organization.id, input, isLocale(locale) ? locale : "fi");
  },
);

export const previewTranslationImportAction = formAdminAction(
  "forms.edit",
  ZImportTranslations,
  async (input, context) => previewTranslationImport(context.organization.id, input),
);

export const importTranslationsAction = formAdminAction(
  "forms.edit",
  ZImportTranslations,
  async (input, context) => importTranslations(context.organization.id, input, auditActor(context)),
);
