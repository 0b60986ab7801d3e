"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { acceptInvitation, ZAcceptInvitation } from "@/lib/accounts/accept-invitation";
import { AccountsError } from "@/lib/accounts/errors";
import {
  requestPasswordReset,
  resetPassword,
  ZRequestReset,
  ZResetPassword,
} from "@/lib/accounts/password-reset";
import type { TActionState } from "@/lib/auth/action-state";
import { getEnv } from "@/lib/env";
import { appUrl } from "@/lib/http/app-url";
import { sendMail } from "@/lib/mail/send-mail";

async function clientIp(): Promise<string | null> {
  return (await headers()).get("x-forwarded-for")?.split(",")[0]?.trim() || null;
}

function fieldErrors(issues: { path: PropertyKey[]; message: string }[]): TActionState {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) (errors[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
  return { status: "error", messageKey: "invalidInput", fieldErrors: errors };
}

export async function acceptInvitationAction(
  _state: TActionState,
  formData: FormData,
): Promise<TActionState> {
  const parsed = ZAcceptInvitation.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fieldErrors(parsed.error.issues);
  try {
    await acceptInvitation(parsed.data, await clientIp());
  } catch (error) {
    if (error instanceof AccountsError) return { status: "error", messageKey: error.code };
    throw error;
  }
  redirect("/admin/sign-in?joined=1");
}

export async function requestResetAction(_state: TActionState, formData: FormData): Promise<TActionState> {
  const parsed = ZRequestReset.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fieldErrors(parsed.error.issues);
  const reset = await requestPasswordReset(parsed.data, await clientIp());
  if (!reset) return { status: "ok", messageKey: "sent" };
  const link = await appUrl(reset.path);
  const isMailed = await sendMail({
    to: reset.email,
    subject: "Lomake: salasanan vaihtaminen / byte av lösenord / password reset",
    text: `Vaihda salasanasi tästä linkistä (voimassa tunnin):\n${link}\n\nJos et pyytänyt vaihtoa, voit jättää viestin huomiotta.\n`,
  });
  // Without SMTP, development shows the link; production never reveals whether the address has an account.
  const showLink = !isMailed && !getEnv().isProduction;
  return { status: "ok", messageKey: "sent", data: { link: showLink ? link : null } };
}

export async function resetPasswordAction(_state: TActionState, formData: FormData): Promise<TActionState> {
  const parsed = ZResetPassword.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return fieldErrors(parsed.error.issues);
  try {
    await resetPassword(parsed.data, await clientIp());
  } catch (error) {
    if (error instanceof AccountsError) return { status: "error", messageKey: error.code };
    throw error;
  }
  redirect("/admin/sign-in?reset=1");
}
