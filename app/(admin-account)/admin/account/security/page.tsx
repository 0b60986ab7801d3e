import { getTranslations } from "next-intl/server";
import { TwoFactorPanel } from "@/components/admin/account/two-factor-panel";
import { requireSignedIn } from "@/lib/auth/require-admin";
import { beginEnrolmentAction, confirmEnrolmentAction, disableAction } from "./actions";

export default async function SecurityPage() {
  const context = await requireSignedIn();
  const t = await getTranslations("security");
  return (
    <>
      <h1>{t("title")}</h1>
      {context.mustEnrolTwoFactor ? (
        <p className="alert mt-4">{t("required", { organization: context.organization.name })}</p>
      ) : null}
      <TwoFactorPanel
        isEnabled={context.hasTwoFactor}
        actions={{ begin: beginEnrolmentAction, confirm: confirmEnrolmentAction, disable: disableAction }}
      />
    </>
  );
}
