"use server";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { acceptInvitation, ZAcceptInvitation } from "@/lib/accounts/accept-invitation";
import { AccountsError } from "@/lib/accounts/errors";
import {
  requestPasswordReset,
  resetPassword,
  ZRequestReset,
  ZResetPassword,
} from "@/lib/accounts/password-reset";
import type { TActionState } from "@/lib/auth/action-state";
import { redeemSignInUnlock, TRUSTED_DEVICE_COOKIE } from "@/lib/auth/sign-in-unlock";
import { getEnv } from "@/lib/env";
import { appUrl } from "@/lib/http/app-url";
import { clientAddress } from "@/lib/http/client-address";
import { sendMail } from "@/lib/mail/send-mail";
import { LOCALES } from "@/lib/i18n/locales";
import { outgoingTexts } from "@/lib/i18n/outgoing-texts";

async function clientIp(): Promise<string | null> {
  return clientAddress(await headers(), getEnv().TRUSTED_PROXIES);
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
    // In all three languages: whoever asks is not signed in, and the address's language is not revealed.
    subject: `Lomake: ${LOCALES.map((locale) => outgoingTexts.text(locale, "passwordReset.subject")).join(" / ")}`,
    text: `${LOCALES.map((locale) => outgoingTexts.text(locale, "passwordReset.body", { link })).join("\n\n—\n\n")}\n`,
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

/** The e-mailed unlock link's confirmation: marks this browser as the owner's, then back to sign-in. */
export async function unlockSignInAction(formData: FormData): Promise<void> {
  const token = z.string().min(20).max(200).safeParse(formData.get("token"));
  const redeemed = token.success ? await redeemSignInUnlock(token.data) : null;
  if (!redeemed) redirect("/admin/sign-in?error=UnlockInvalid");
  (await cookies()).set(TRUSTED_DEVICE_COOKIE, redeemed.cookie, {
    httpOnly: true,
    sameSite: "lax",
    secure: (getEnv().APP_URL ?? "").startsWith("https://"),
    path: "/",
    maxAge: redeemed.maxAgeSeconds,
  });
  redirect("/admin/sign-in?unlocked=1");
}
