"use server";
import { auditActor } from "@/lib/auth/require-admin";
import { revalidatePath } from "next/cache";
import { inviteMember, ZInviteMember } from "@/lib/accounts/invite-member";
import {
  changeMemberRole,
  removeMember,
  revokeInvitation,
  ZChangeRole,
  ZRemoveMember,
  ZRevokeInvitation,
} from "@/lib/accounts/manage-members";
import { adminAction } from "@/lib/auth/admin-action";
import { setOrganizationTwoFactorRequirement, ZTwoFactorRequirement } from "@/lib/auth/two-factor";
import { appUrl } from "@/lib/http/app-url";
import { sendMail } from "@/lib/mail/send-mail";

export const inviteMemberAction = adminAction("members.manage", ZInviteMember, async (input, context) => {
  const actor = auditActor(context);
  const invitation = await inviteMember(context.organization.id, input, actor);
  const link = await appUrl(invitation.path);
  const isMailed = await sendMail({
    to: input.email,
    subject: `Kutsu Lomakkeeseen: ${context.organization.name}`,
    text: `Sinut on kutsuttu Lomakkeen käyttäjäksi (${context.organization.name}).\n\nLiity tästä (voimassa 7 päivää):\n${link}\n`,
  });
  revalidatePath("/admin/members");
  return {
    status: "ok",
    messageKey: isMailed ? "inviteCreatedMailed" : "inviteCreatedLink",
    data: { email: input.email, link: isMailed ? null : link },
  };
});

export const changeRoleAction = adminAction("members.manage", ZChangeRole, async (input, context) => {
  await changeMemberRole(context.organization.id, input, auditActor(context));
  revalidatePath("/admin/members");
  return { status: "ok", messageKey: "roleChanged" };
});

export const removeMemberAction = adminAction("members.manage", ZRemoveMember, async (input, context) => {
  await removeMember(context.organization.id, input, auditActor(context));
  revalidatePath("/admin/members");
  return { status: "ok", messageKey: "memberRemoved" };
});

export const revokeInvitationAction = adminAction(
  "members.manage",
  ZRevokeInvitation,
  async (input, context) => {
    await revokeInvitation(context.organization.id, input, auditActor(context));
    revalidatePath("/admin/members");
    return { status: "ok", messageKey: "invitationRevoked" };
  },
);

export const setTwoFactorRequirementAction = adminAction(
  "members.manage",
  ZTwoFactorRequirement,
  async (input, context) => {
    const actor = auditActor(context);
    await setOrganizationTwoFactorRequirement(context.organization.id, input.isRequired === "on", actor);
    revalidatePath("/admin/members");
    return { status: "ok", messageKey: "requireSaved" };
  },
);
