"use server";
// The henkilötunnus travels only in POST bodies of these actions, never in a URL, and is never logged or kept.
import type { TPersonActionState } from "@/components/admin/privacy/person-action-state";
import { requireAdmin, auditActor } from "@/lib/auth/require-admin";
import { erasePersonData, findPersonData, ZPersonRequest } from "@/lib/submissions/person-data";

const iso = (date: Date) => date.toISOString();

export async function findPersonAction(
  _state: TPersonActionState,
  formData: FormData,
): Promise<TPersonActionState> {
  const context = await requireAdmin("privacy.manage");
  const parsed = ZPersonRequest.safeParse({ henkilotunnus: formData.get("henkilotunnus") ?? "" });
  if (!parsed.success) return { status: "error", messageKey: "invalidHenkilotunnus" };
  const actor = auditActor(context);
  const data = await findPersonData(context.organization.id, parsed.data.henkilotunnus, actor);
  return {
    status: "found",
    found: {
      maskedHenkilotunnus: data.maskedHenkilotunnus,
      drafts: data.drafts.map((draft) => ({ formSlug: draft.formSlug, updatedAt: iso(draft.updatedAt) })),
      submissions: data.submissions.map((submission) => ({
        id: submission.id,
        reference: submission.reference,
        formSlug: submission.formSlug,
        status: submission.status,
        createdAt: iso(submission.createdAt),
        deliveredTo: submission.deliveredTo,
      })),
      retrievedMessages: data.retrievedMessages.map((message) => ({
        reference: message.reference,
        retrievedAt: iso(message.retrievedAt),
      })),
    },
  };
}

export async function erasePersonAction(
  _state: TPersonActionState,
  formData: FormData,
): Promise<TPersonActionState> {
  const context = await requireAdmin("privacy.manage");
  const parsed = ZPersonRequest.safeParse({ henkilotunnus: formData.get("henkilotunnus") ?? "" });
  if (!parsed.success) return { status: "error", messageKey: "invalidHenkilotunnus" };
  if (formData.get("confirm") !== "yes") return { status: "error", messageKey: "confirmRequired" };
  const actor = auditActor(context);
  const report = await erasePersonData(context.organization.id, parsed.data.henkilotunnus, actor);
  return { status: "erased", report };
}
