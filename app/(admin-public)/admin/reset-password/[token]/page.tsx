import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ResetPasswordForm } from "@/components/admin/public/reset-password-form";
import { isResetTokenValid } from "@/lib/accounts/password-reset";
import { resetPasswordAction } from "../../actions";

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, isValid] = await Promise.all([getTranslations("reset"), isResetTokenValid(token)]);
  if (!isValid) {
    return (
      <>
        <h1>{t("invalidTitle")}</h1>
        <p className="mt-4">{t("invalidBody")}</p>
        <p className="mt-4">
          <Link href="/admin/forgot-password">{t("title")}</Link>
        </p>
      </>
    );
  }
  return (
    <>
      <h1>{t("title")}</h1>
      <ResetPasswordForm token={token} action={resetPasswordAction} />
    </>
  );
}
