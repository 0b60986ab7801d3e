import { getFormatter, getTranslations } from "next-intl/server";
import { InviteMemberForm } from "@/components/admin/members/invite-member-form";
import { MemberRow } from "@/components/admin/members/member-row";
import { RevokeInvitationForm } from "@/components/admin/members/revoke-invitation-form";
import { listMembers } from "@/lib/accounts/manage-members";
import { requireAdmin } from "@/lib/auth/require-admin";
import { TwoFactorRequirementForm } from "@/components/admin/members/two-factor-requirement-form";
import { isTwoFactorRequired } from "@/lib/auth/two-factor";
import {
  changeRoleAction,
  inviteMemberAction,
  removeMemberAction,
  revokeInvitationAction,
  setTwoFactorRequirementAction,
} from "./actions";

export default async function MembersPage() {
  const context = await requireAdmin("members.manage");
  const [t, tRoles, format, { members, invitations }, isTwoFactorRequiredNow] = await Promise.all([
    getTranslations("members"),
    getTranslations("roles"),
    getFormatter(),
    listMembers(context.organization.id),
    isTwoFactorRequired(context.organization.id),
  ]);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="mt-2">{t("intro")}</p>
      <div className="mt-6 overflow-x-auto">
        <table className="data-table responsive-table">
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("lastSignIn")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <MemberRow
                key={member.id}
                membershipId={member.id}
                labels={{
                  name: t("name"),
                  email: t("email"),
                  role: t("role"),
                  lastSignIn: t("lastSignIn"),
                  actions: t("actions"),
                }}
                name={member.user.name ?? ""}
                email={member.user.email}
                role={member.role}
                isSelf={member.userId === context.user.id}
                lastSignIn={
                  member.user.lastSignInAt
                    ? format.dateTime(member.user.lastSignInAt, { dateStyle: "short", timeStyle: "short" })
                    : t("never")
                }
                changeRoleAction={changeRoleAction}
                removeAction={removeMemberAction}
              />
            ))}
          </tbody>
        </table>
      </div>

      <section className="mt-10" aria-labelledby="invitations-title">
        <h2 id="invitations-title">{t("invitationsTitle")}</h2>
        {invitations.length === 0 ? (
          <p className="mt-2">{t("noInvitations")}</p>
        ) : (
          <ul className="mt-2">
            {invitations.map((invitation) => (
              <li
                key={invitation.id}
                className="flex flex-wrap items-center gap-3 border-b border-fi-depth-light-1 py-2"
              >
                <span>{invitation.email}</span>
                <span>{tRoles(invitation.role)}</span>
                <span className="text-fi-black-light-1">
                  {t("expires")} {format.dateTime(invitation.expiresAt, { dateStyle: "short" })}
                </span>
                <RevokeInvitationForm invitationId={invitation.id} action={revokeInvitationAction} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="mt-10 panel max-w-2xl" aria-labelledby="two-factor-title">
        <h2 id="two-factor-title">{t("twoFactorTitle")}</h2>
        <TwoFactorRequirementForm
          isRequired={isTwoFactorRequiredNow}
          action={setTwoFactorRequirementAction}
        />
      </section>

      <section className="mt-10 panel max-w-2xl" aria-labelledby="invite-title">
        <h2 id="invite-title">{t("inviteTitle")}</h2>
        <InviteMemberForm action={inviteMemberAction} />
      </section>
    </>
  );
}
