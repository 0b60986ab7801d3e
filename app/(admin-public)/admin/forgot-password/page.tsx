import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/admin/public/forgot-password-form";
import { requestResetAction } from "../actions";

export default async function ForgotPasswordPage() {
  const t = await getTranslations("forgot");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-4">{t("intro")}</p>
      <ForgotPasswordForm action={requestResetAction} />
      <p className="mt-6">
        <Link href="/admin/sign-in">{t("backToSignIn")}</Link>
      </p>
    </>
  );
}
