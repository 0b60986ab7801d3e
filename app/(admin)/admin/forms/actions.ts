"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import * as z from "zod";
import { adminAction, type TActionState } from "@/lib/auth/admin-action";
import { auditActor } from "@/lib/auth/require-admin";
import { ZCreateForm } from "@/lib/form-admin/create-form-schema";
import { NotFoundError } from "@/lib/errors/domain-error";
import { FormAdminError } from "@/lib/form-admin/form-admin-error";
import {
  archiveForm,
  createForm,
  duplicateForm,
  restoreForm,
  ZFormIdInput,
} from "@/lib/form-admin/manage-forms";
import { getPrisma } from "@/lib/db/prisma";

function asState(error: unknown): TActionState {
  if (error instanceof FormAdminError) return { status: "error", messageKey: error.code };
  throw error;
}

export const createFormAction = adminAction("forms.edit", ZCreateForm, async (input, context) => {
  let formId: string;
  try {
    ({ id: formId } = await createForm(context.organization.id, input, auditActor(context)));
  } catch (error) {
    return asState(error);
  }
  revalidatePath("/admin/forms");
  redirect(`/admin/forms/${formId}/edit`);
});

export const duplicateFormAction = adminAction("forms.edit", ZFormIdInput, async (input, context) => {
  const source = await getPrisma().form.findFirst({
    where: { id: input.formId, organizationId: context.organization.id },
  });
  if (!source) throw new NotFoundError();
  // First free "<slug>-kopio", "<slug>-kopio-2", …
  const base = `${source.slug.slice(0, 50)}-kopio`;
  const taken = new Set(
    (
      await getPrisma().form.findMany({
        where: { organizationId: context.organization.id, slug: { startsWith: base } },
        select: { slug: true },
      })
    ).map((form) => form.slug),
  );
  let slug = base;
  for (let index = 2; taken.has(slug); index += 1) slug = `${base}-${index}`;
  try {
    await duplicateForm(context.organization.id, { formId: input.formId, slug }, auditActor(context));
  } catch (error) {
    return asState(error);
  }
  revalidatePath("/admin/forms");
  return { status: "ok", messageKey: "duplicated", data: { slug } };
});

const ZArchive = ZFormIdInput.extend({ restore: z.enum(["0", "1"]).optional() });

export const archiveFormAction = adminAction("forms.edit", ZArchive, async (input, context) => {
  try {
    if (input.restore === "1") await restoreForm(context.organization.id, input.formId, auditActor(context));
    else await archiveForm(context.organization.id, input.formId, auditActor(context));
  } catch (error) {
    return asState(error);
  }
  revalidatePath("/admin/forms");
  return { status: "ok", messageKey: input.restore === "1" ? "restored" : "archived" };
});
