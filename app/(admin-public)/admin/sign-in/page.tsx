import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/admin/public/sign-in-form";
import { getAdminContext } from "@/lib/auth/require-admin";
import { getEnv } from "@/lib/env";

// Only known codes map to texts; anything else in ?error= (a library message, a forged value) is generic.
const ERROR_KEYS: Record<
  string,
  "errorInvalid" | "errorThrottled" | "errorNoAccount" | "errorDemoRefused" | "unlockInvalid" | "errorGeneric"
> = {
  CredentialsSignin: "errorInvalid",
  Throttled: "errorThrottled",
  NoAccount: "errorNoAccount",
  DemoRefused: "errorDemoRefused",
  UnlockInvalid: "unlockInvalid",
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
        : params.unlocked
          ? t("unlocked")
          : null;
  const errorKey = params.error
    ? Object.hasOwn(ERROR_KEYS, params.error)
      ? ERROR_KEYS[params.error]!
      : "errorGeneric"
    : null;
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
