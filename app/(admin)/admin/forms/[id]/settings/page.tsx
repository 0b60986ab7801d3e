import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FormSettingsForm } from "@/components/form-builder/form-settings-form";
import { requireAdmin } from "@/lib/auth/require-admin";
import { NotFoundError } from "@/lib/errors/domain-error";
import { getFormSettings } from "@/lib/form-admin/form-settings";
import { saveSettingsAction } from "./actions";

export default async function FormSettingsPage({ params }: { params: Promise<{ id: string }> }) {
  const context = await requireAdmin("forms.edit");
  const { id } = await params;
  const view = await getFormSettings(context.organization.id, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const t = await getTranslations("formSettings");
  return (
    <>
      <p>
        <Link href="/admin/forms">{t("backToForms")}</Link> ·{" "}
        <Link href={`/admin/forms/${id}/edit`}>{t("openBuilder")}</Link>
      </p>
      <h1 className="mt-2">{t("title", { form: view.title })}</h1>
      <FormSettingsForm view={view} action={saveSettingsAction} />
    </>
  );
}
