import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/admin/public/sign-in-form";
import { getAdminContext } from "@/lib/auth/require-admin";
import { getEnv } from "@/lib/env";

const ERROR_KEYS: Record<string, "errorInvalid" | "errorLocked" | "errorNoAccount" | "errorGeneric"> = {
  CredentialsSignin: "errorInvalid",
  Locked: "errorLocked",
  NoAccount: "errorNoAccount",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  if (await getAdminContext()) redirect("/admin");
  const params = await searchParams;
  const t = await getTranslations("signIn");
  const env = getEnv();
  const notice = params.signedOut
    ? t("signedOut")
    : params.reset
      ? t("passwordChanged")
      : params.joined
        ? t("invitationAccepted")
        : null;
  const errorKey = params.error ? (ERROR_KEYS[params.error] ?? "errorGeneric") : null;
  return (
    <>
      <h1>{t("title")}</h1>
      <SignInForm
        notice={notice}
        initialError={errorKey ? t(errorKey) : null}
        ssoName={env.OIDC_ISSUER && env.OIDC_CLIENT_ID ? env.OIDC_NAME : null}
      />
    </>
  );
}
