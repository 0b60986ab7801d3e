import { afterAll, describe, expect, it } from "vitest";
import { acceptInvitation } from "@/lib/accounts/accept-invitation";
import { createOwner } from "@/lib/accounts/create-owner";
import { AccountsError } from "@/lib/accounts/errors";
import { inviteMember } from "@/lib/accounts/invite-member";
import { changeMemberRole, listMembers, removeMember } from "@/lib/accounts/manage-members";
import { requestPasswordReset, resetPassword } from "@/lib/accounts/password-reset";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { advanceClock, resetClock } from "@/lib/clock";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";

const PASSWORD = "correct horse battery staple";
let counter = 0;

async function organisationWithOwner() {
  counter += 1;
  const slug = `org-${counter}-${Date.now().toString(36)}`;
  const { organization, user } = await createOwner({
    email: `owner-${slug}@example.fi`,
    password: PASSWORD,
    organizationSlug: slug,
    organizationName: `Kunta ${counter}`,
  });
  return { organization, owner: user, actor: { userId: user.id, email: user.email, ip: "127.0.0.1" } };
}

function tokenOf(path: string): string {
  return path.split("/").pop()!;
}

afterAll(async () => {
  resetClock();
  await disconnectPrisma();
});

describe("invitations", () => {
  it("lets an invited editor join and sign in, once", async () => {
    const { organization, actor } = await organisationWithOwner();
    const invitation = await inviteMember(
      organization.id,
      { email: "Editor@Example.fi", role: "editor" },
      actor,
    );
    await acceptInvitation(
      { token: tokenOf(invitation.path), name: "Eeva Editori", password: PASSWORD },
      null,
    );

    const { members } = await listMembers(organization.id);
    expect(members.map((m) => [m.user.email, m.role])).toContainEqual(["editor@example.fi", "editor"]);
    const signIn = await verifyCredentials("editor@example.fi", PASSWORD, "127.0.0.1");
    expect(signIn.ok).toBe(true);
    await expect(
      acceptInvitation({ token: tokenOf(invitation.path), name: "Again", password: PASSWORD }, null),
    ).rejects.toThrow(AccountsError);
  });

  it("refuses an expired invitation", async () => {
    const { organization, actor } = await organisationWithOwner();
    const invitation = await inviteMember(
      organization.id,
      { email: "late@example.fi", role: "viewer" },
      actor,
    );
    advanceClock(8 * 24 * 3600_000);
    try {
      await expect(
        acceptInvitation({ token: tokenOf(invitation.path), name: "Late", password: PASSWORD }, null),
      ).rejects.toMatchObject({ code: "INVITATION_INVALID" });
    } finally {
      resetClock();
    }
  });
});

describe("sign-in", () => {
  it("answers the same for an unknown e-mail and a wrong password, and logs the failure", async () => {
    const { owner, organization } = await organisationWithOwner();
    const unknown = await verifyCredentials("nobody@example.fi", PASSWORD, "10.0.0.1");
    const wrong = await verifyCredentials(owner.email, "wrong password 123", "10.0.0.1");
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    const failures = await getPrisma().auditEvent.findMany({
      where: { organizationId: organization.id, action: "auth.sign_in_failed" },
    });
    expect(failures).toHaveLength(1);
  });

  it("locks an account after five failures, even for the right password, until the lock ends", async () => {
    const { owner } = await organisationWithOwner();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await verifyCredentials(owner.email, `wrong-${attempt}-password`, "10.0.0.2");
    }
    const locked = await verifyCredentials(owner.email, PASSWORD, "10.0.0.2");
    expect(locked).toMatchObject({ ok: false, reason: "locked" });
    advanceClock(16 * 60_000);
    try {
      expect((await verifyCredentials(owner.email, PASSWORD, "10.0.0.2")).ok).toBe(true);
    } finally {
      resetClock();
    }
  });

  it("never stores something that is not an e-mail address (a henkilötunnus typed by mistake) in the audit log", async () => {
    await verifyCredentials("010280-952L", PASSWORD, "10.0.0.3");
    const rows = await getPrisma().auditEvent.findMany({ where: { actorEmail: { contains: "952L" } } });
    expect(rows).toHaveLength(0);
  });
});

describe("members", () => {
  it("changes a role and removes a member, logging both, and keeps at least one owner", async () => {
    const { organization, owner, actor } = await organisationWithOwner();
    const invitation = await inviteMember(
      organization.id,
      { email: `h-${organization.slug}@example.fi`, role: "handler" },
      actor,
    );
    await acceptInvitation({ token: tokenOf(invitation.path), name: "Hilkka", password: PASSWORD }, null);
    const { members } = await listMembers(organization.id);
    const handler = members.find((m) => m.role === "handler")!;
    const ownerMembership = members.find((m) => m.userId === owner.id)!;

    await changeMemberRole(organization.id, { membershipId: handler.id, role: "viewer" }, actor);
    await expect(
      changeMemberRole(organization.id, { membershipId: ownerMembership.id, role: "editor" }, actor),
    ).rejects.toMatchObject({
      code: "LAST_OWNER",
    });
    await removeMember(organization.id, { membershipId: handler.id }, actor);

    expect((await listMembers(organization.id)).members.map((m) => m.userId)).toEqual([owner.id]);
    const actions = (
      await getPrisma().auditEvent.findMany({ where: { organizationId: organization.id } })
    ).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["member.invited", "member.joined", "member.role_changed", "member.removed"]),
    );
  });

  it("answers NOT_FOUND when an owner of another organisation acts on a membership", async () => {
    const a = await organisationWithOwner();
    const b = await organisationWithOwner();
    const aOwnerMembership = (await listMembers(a.organization.id)).members[0]!;
    await expect(
      removeMember(b.organization.id, { membershipId: aOwnerMembership.id }, b.actor),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      changeMemberRole(b.organization.id, { membershipId: aOwnerMembership.id, role: "viewer" }, b.actor),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listMembers(a.organization.id)).members).toHaveLength(1);
  });
});

describe("password reset", () => {
  it("sets a new password with a one-time link and refuses unknown e-mails silently", async () => {
    const { owner } = await organisationWithOwner();
    expect(await requestPasswordReset({ email: "ghost@example.fi" }, null)).toBeNull();
    const reset = await requestPasswordReset({ email: owner.email }, null);
    const token = tokenOf(reset!.path);
    await resetPassword({ token, password: "a brand new long password" }, null);
    expect((await verifyCredentials(owner.email, PASSWORD, null)).ok).toBe(false);
    expect((await verifyCredentials(owner.email, "a brand new long password", null)).ok).toBe(true);
    await expect(resetPassword({ token, password: "yet another long password" }, null)).rejects.toMatchObject(
      {
        code: "RESET_INVALID",
      },
    );
  });
});
