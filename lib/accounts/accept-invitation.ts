import "server-only";
import { z } from "zod";
import { AccountsError } from "@/lib/accounts/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword, ZNewPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { hashToken } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";

export const ZAcceptInvitation = z.object({
  token: z.string().min(20).max(200),
  name: z.string().trim().min(1).max(200),
  password: ZNewPassword,
});

export async function findOpenInvitation(token: string) {
  const invitation = await getPrisma().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { organization: { select: { name: true } } },
  });
  if (!invitation || invitation.acceptedAt || invitation.revokedAt || invitation.expiresAt <= now())
    return null;
  return invitation;
}

/** Accepts an invitation: creates the user (or reuses one with the same e-mail) and the membership. */
export async function acceptInvitation(
  input: z.infer<typeof ZAcceptInvitation>,
  ip: string | null,
): Promise<{ email: string }> {
  const invitation = await findOpenInvitation(input.token);
  if (!invitation) throw new AccountsError("INVITATION_INVALID");
  const passwordHash = await hashPassword(input.password);
  const prisma = getPrisma();
  await prisma.$transaction(async (tx) => {
    const claimed = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null },
      data: { acceptedAt: now() },
    });
    if (claimed.count !== 1) throw new AccountsError("INVITATION_INVALID");
    const existingUser = await tx.user.findUnique({ where: { email: invitation.email } });
    const user =
      existingUser ??
      (await tx.user.create({
        data: { email: invitation.email, name: input.name, passwordHash, createdAt: now() },
      }));
    await tx.membership.create({
      data: {
        organizationId: invitation.organizationId,
        userId: user.id,
        role: invitation.role,
        createdAt: now(),
      },
    });
    await recordAuditEvent(
      {
        organizationId: invitation.organizationId,
        actor: { userId: user.id, email: user.email, ip },
        action: "member.joined",
        objectType: "user",
        objectId: user.id,
        details: { role: invitation.role },
      },
      tx,
    );
  });
  return { email: invitation.email };
}
