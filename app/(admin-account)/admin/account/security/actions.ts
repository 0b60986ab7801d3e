"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { TActionState } from "@/lib/auth/action-state";
import { requireSignedIn, auditActor } from "@/lib/auth/require-admin";
import { beginTwoFactorEnrolment, confirmTwoFactorEnrolment, disableTwoFactor } from "@/lib/auth/two-factor";

const ZCode = z.object({ code: z.string().max(20) });

export async function beginEnrolmentAction(_state: TActionState): Promise<TActionState> {
  const context = await requireSignedIn();
  const { secret, uri } = await beginTwoFactorEnrolment(context.user.id);
  return { status: "ok", messageKey: "scan", data: { secret, uri } };
}

export async function confirmEnrolmentAction(
  _state: TActionState,
  formData: FormData,
): Promise<TActionState> {
  const context = await requireSignedIn();
  const { code } = ZCode.parse(Object.fromEntries(formData));
  const actor = auditActor(context);
  if (!(await confirmTwoFactorEnrolment(context.user.id, code, actor))) {
    return { status: "error", messageKey: "wrongCode", fieldErrors: { code: ["wrongCode"] } };
  }
  revalidatePath("/admin/account/security");
  return { status: "ok", messageKey: "enabled" };
}

export async function disableAction(_state: TActionState, formData: FormData): Promise<TActionState> {
  const context = await requireSignedIn();
  const { code } = ZCode.parse(Object.fromEntries(formData));
  const actor = auditActor(context);
  if (!(await disableTwoFactor(context.user.id, code, actor))) {
    return { status: "error", messageKey: "wrongCode", fieldErrors: { code: ["wrongCode"] } };
  }
  revalidatePath("/admin/account/security");
  return { status: "ok", messageKey: "disabled" };
}
