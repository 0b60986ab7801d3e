import { NotFoundError } from "@/lib/errors/domain-error";
import "server-only";
import { z } from "zod";
import { AccountsError } from "@/lib/accounts/errors";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { ROLES } from "@/lib/auth/roles";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

export const ZChangeRole = z.object({ membershipId: z.uuid(), role: z.enum(ROLES) });
export const ZRemoveMember = z.object({ membershipId: z.uuid() });
export const ZRevokeInvitation = z.object({ invitationId: z.uuid() });

export async function listMembers(organizationId: string) {
  const prisma = getPrisma();
  const [members, invitations] = await Promise.all([
    prisma.membership.findMany({
      where: { organizationId },
      include: { user: { select: { id: true, email: true, name: true, lastSignInAt: true } } },
      orderBy: { createdAt: "asc" },
    }),
    prisma.invitation.findMany({
      where: { organizationId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now() } },
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return { members, invitations };
}

export async function changeMemberRole(
  organizationId: string,
  input: z.infer<typeof ZChangeRole>,
  actor: TAuditActor,
): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const membership = await findMembership(tx, organizationId, input.membershipId);
    if (membership.role === input.role) return;
    if (membership.role === "owner") await assertAnotherOwner(tx, organizationId, membership.id);
    await tx.membership.update({ where: { id: membership.id }, data: { role: input.role } });
    await tx.user.update({ where: { id: membership.userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "member.role_changed",
        objectType: "user",
        objectId: membership.userId,
        details: { from: membership.role, to: input.role },
      },
      tx,
    );
  });
}

export async function removeMember(
  organizationId: string,
  input: z.infer<typeof ZRemoveMember>,
  actor: TAuditActor,
): Promise<void> {
  await getPrisma().$transaction(async (tx) => {
    const membership = await findMembership(tx, organizationId, input.membershipId);
    if (membership.role === "owner") await assertAnotherOwner(tx, organizationId, membership.id);
    await tx.membership.delete({ where: { id: membership.id } });
    // Ends the removed person's sessions at once.
    await tx.user.update({ where: { id: membership.userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "member.removed",
        objectType: "user",
        objectId: membership.userId,
        details: { role: membership.role },
      },
      tx,
    );
  });
}

export async function revokeInvitation(
  organizationId: string,
  input: z.infer<typeof ZRevokeInvitation>,
  actor: TAuditActor,
): Promise<void> {
  const prisma = getPrisma();
  const updated = await prisma.invitation.updateMany({
    where: { id: input.invitationId, organizationId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: now() },
  });
  if (updated.count !== 1) throw new NotFoundError();
  await recordAuditEvent({
    organizationId,
    actor,
    action: "member.invitation_revoked",
    objectType: "invitation",
    objectId: input.invitationId,
  });
}

async function findMembership(tx: Prisma.TransactionClient, organizationId: string, membershipId: string) {
  const membership = await tx.membership.findFirst({ where: { id: membershipId, organizationId } });
  if (!membership) throw new NotFoundError();
  return membership;
}

async function assertAnotherOwner(tx: Prisma.TransactionClient, organizationId: string, exceptId: string) {
  const owners = await tx.membership.count({
    where: { organizationId, role: "owner", id: { not: exceptId } },
  });
  if (owners === 0) throw new AccountsError("LAST_OWNER");
}
