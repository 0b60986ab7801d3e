import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/admin/public/accept-invitation-form";
import { findOpenInvitation } from "@/lib/accounts/accept-invitation";
import { acceptInvitationAction } from "../../actions";

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [t, invitation] = await Promise.all([getTranslations("invitation"), findOpenInvitation(token)]);
  if (!invitation) {
    return (
      <>
        <h1>{t("invalidTitle")}</h1>
        <p className="mt-4">{t("invalidBody")}</p>
      </>
    );
  }
  return (
    <>
      <h1>{t("title", { organization: invitation.organization.name })}</h1>
      <p className="mt-4">{t("intro", { email: invitation.email })}</p>
      <AcceptInvitationForm token={token} action={acceptInvitationAction} />
    </>
  );
}
