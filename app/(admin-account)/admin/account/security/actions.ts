"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { changePassword, signOutEverywhere, ZChangePassword } from "@/lib/accounts/account-sessions";
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

export async function signOutEverywhereAction(): Promise<void> {
  const context = await requireSignedIn();
  await signOutEverywhere(context.user.id, auditActor(context));
  redirect("/admin/sign-in?signedOut=1");
}

export async function changePasswordAction(_state: TActionState, formData: FormData): Promise<TActionState> {
  const context = await requireSignedIn();
  const parsed = ZChangePassword.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error.issues)
      (fieldErrors[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
    return { status: "error", messageKey: "invalidInput", fieldErrors };
  }
  const result = await changePassword(context.user, context.sessionId, parsed.data, auditActor(context));
  if (!result.ok) {
    return result.reason === "throttled"
      ? { status: "error", messageKey: "passwordThrottled" }
      : { status: "error", messageKey: "wrongPassword", fieldErrors: { currentPassword: ["wrongPassword"] } };
  }
  return { status: "ok", messageKey: "passwordChanged", data: { endedSessions: result.endedSessions } };
}
