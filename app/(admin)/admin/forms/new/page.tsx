import { getTranslations } from "next-intl/server";
import { CreateFormForm } from "@/components/form-builder/create-form-form";
import { requireAdmin } from "@/lib/auth/require-admin";
import { listFormTemplates } from "@/lib/form-admin/form-templates";
import { createFormAction } from "../actions";

export default async function NewFormPage() {
  await requireAdmin("forms.edit");
  const [t, templates] = await Promise.all([getTranslations("forms"), listFormTemplates()]);
  return (
    <>
      <h1>{t("createTitle")}</h1>
      <p className="mt-2 max-w-2xl">{t("createIntro")}</p>
      <CreateFormForm
        action={createFormAction}
        templates={templates.map((template) => ({
          id: template.id,
          title: template.title.fi,
          fieldCount: template.fieldCount,
        }))}
      />
    </>
  );
}
