"use server";
// The henkilötunnus travels only in POST bodies of these actions, never in a URL, and is never logged or kept.
import type { TPersonActionState } from "@/components/admin/privacy/person-action-state";
import { requireAdmin, auditActor } from "@/lib/auth/require-admin";
import {
  eraseCompanyData,
  erasePersonData,
  findCompanyData,
  findPersonData,
  ZCompanyRequest,
  ZPersonRequest,
  type TPersonData,
} from "@/lib/submissions/person-data";

const iso = (date: Date) => date.toISOString();

export async function findPersonAction(
  _state: TPersonActionState,
  formData: FormData,
): Promise<TPersonActionState> {
  const context = await requireAdmin("privacy.manage");
  const parsed = ZPersonRequest.safeParse({ henkilotunnus: formData.get("henkilotunnus") ?? "" });
  if (!parsed.success) return { status: "error", messageKey: "invalidHenkilotunnus" };
  const actor = auditActor(context);
  return foundState(await findPersonData(context.organization.id, parsed.data.henkilotunnus, actor));
}

function foundState(data: TPersonData): TPersonActionState {
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

/** A company's submissions and drafts filed on its behalf, by Y-tunnus (check digit validated). */
export async function findCompanyAction(
  _state: TPersonActionState,
  formData: FormData,
): Promise<TPersonActionState> {
  const context = await requireAdmin("privacy.manage");
  const parsed = ZCompanyRequest.safeParse({ businessId: formData.get("businessId") ?? "" });
  if (!parsed.success) return { status: "error", messageKey: "invalidBusinessId" };
  return foundState(
    await findCompanyData(context.organization.id, parsed.data.businessId, auditActor(context)),
  );
}

export async function eraseCompanyAction(
  _state: TPersonActionState,
  formData: FormData,
): Promise<TPersonActionState> {
  const context = await requireAdmin("privacy.manage");
  const parsed = ZCompanyRequest.safeParse({ businessId: formData.get("businessId") ?? "" });
  if (!parsed.success) return { status: "error", messageKey: "invalidBusinessId" };
  if (formData.get("confirm") !== "yes") return { status: "error", messageKey: "confirmRequired" };
  const report = await eraseCompanyData(context.organization.id, parsed.data.businessId, auditActor(context));
  return { status: "erased", report };
}
