import "server-only";
import { z } from "zod";
import { AccountsError } from "@/lib/accounts/errors";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { ROLES } from "@/lib/auth/roles";
import { now } from "@/lib/clock";
import { hashToken, randomToken } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60_000;

export const ZInviteMember = z.object({
  email: z.email().transform((email) => email.trim().toLowerCase()),
  role: z.enum(ROLES),
});

/** Creates an invitation and returns the secret link path; only the secret's hash is stored. */
export async function inviteMember(
  organizationId: string,
  rawInput: z.input<typeof ZInviteMember>,
  actor: TAuditActor,
): Promise<{ invitationId: string; path: string; expiresAt: Date }> {
  const input = ZInviteMember.parse(rawInput);
  const prisma = getPrisma();
  const existing = await prisma.membership.findFirst({
    where: { organizationId, user: { email: input.email } },
  });
  if (existing) throw new AccountsError("ALREADY_MEMBER");
  const token = randomToken();
  const expiresAt = new Date(now().getTime() + INVITATION_LIFETIME_MS);
  const invitation = await prisma.$transaction(async (tx) => {
    const created = await tx.invitation.create({
      data: {
        organizationId,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedByUserId: actor.userId ?? null,
        expiresAt,
        createdAt: now(),
      },
    });
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "member.invited",
        objectType: "invitation",
        objectId: created.id,
        details: { role: input.role },
      },
      tx,
    );
    return created;
  });
  return { invitationId: invitation.id, path: `/admin/invitation/${token}`, expiresAt };
}
