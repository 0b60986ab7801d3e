import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BuilderApp } from "@/components/form-builder/builder-app";
import { requireAdmin } from "@/lib/auth/require-admin";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getEditorForm } from "@/lib/form-admin/form-editing";
import {
  exportTranslationsAction,
  importDefinitionAction,
  importTranslationsAction,
  previewTranslationImportAction,
  publishFormAction,
  saveDraftAction,
} from "./actions";

export const metadata: Metadata = { title: "Lomake-editori – Lomake" };

export default async function FormBuilderPage({ params }: { params: Promise<{ id: string }> }) {
  const context = await requireAdmin("forms.edit");
  const { id } = await params;
  const form = await getEditorForm(context.organization.id, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (form.status === "archived") notFound();
  return (
    <BuilderApp
      form={form}
      saveDraft={saveDraftAction}
      publish={publishFormAction}
      importDefinition={importDefinitionAction}
      translationFileActions={{
        exportTranslations: exportTranslationsAction,
        previewImport: previewTranslationImportAction,
        importTranslations: importTranslationsAction,
      }}
    />
  );
}
