import { getTranslations } from "next-intl/server";
import { unlockSignInAction } from "../../../actions";

// A page with a button, not an action on GET: mail scanners open links, and must not use up the token.
export default async function UnlockSignInPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("signIn");
  return (
    <>
      <h1>{t("unlockTitle")}</h1>
      <p className="mt-4">{t("unlockBody")}</p>
      <form action={unlockSignInAction} className="mt-6">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="btn">
          {t("unlockConfirm")}
        </button>
      </form>
    </>
  );
}
