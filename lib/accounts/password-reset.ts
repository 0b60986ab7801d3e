import "server-only";
import { z } from "zod";
import { AccountsError } from "@/lib/accounts/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { hashPassword, ZNewPassword } from "@/lib/auth/password";
import { now } from "@/lib/clock";
import { hashToken, randomToken } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";

export const RESET_LIFETIME_MS = 60 * 60_000;

export const ZRequestReset = z.object({ email: z.email().transform((email) => email.trim().toLowerCase()) });
export const ZResetPassword = z.object({ token: z.string().min(20).max(200), password: ZNewPassword });

/**
 * Creates a reset link for a known e-mail. Returns null for an unknown one; callers must answer the same way
 * in both cases so the form does not reveal who has an account.
 */
export async function requestPasswordReset(
  input: z.infer<typeof ZRequestReset>,
  ip: string | null,
): Promise<{ path: string; email: string } | null> {
  const prisma = getPrisma();
  const user = await prisma.user.findUnique({ where: { email: input.email } });
  if (!user) return null;
  const token = randomToken();
  await prisma.passwordResetToken.create({
    data: {
      userId: user.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(now().getTime() + RESET_LIFETIME_MS),
      createdAt: now(),
    },
  });
  await recordAuditEvent({
    actor: { userId: user.id, email: user.email, ip },
    action: "auth.password_reset_requested",
    objectType: "user",
    objectId: user.id,
  });
  return { path: `/admin/reset-password/${token}`, email: user.email };
}

export async function isResetTokenValid(token: string): Promise<boolean> {
  const row = await getPrisma().passwordResetToken.findUnique({ where: { tokenHash: hashToken(token) } });
  return Boolean(row && !row.usedAt && row.expiresAt > now());
}

export async function resetPassword(input: z.infer<typeof ZResetPassword>, ip: string | null): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await getPrisma().$transaction(async (tx) => {
    const row = await tx.passwordResetToken.findUnique({
      where: { tokenHash: hashToken(input.token) },
      include: { user: true },
    });
    if (!row || row.usedAt || row.expiresAt <= now()) throw new AccountsError("RESET_INVALID");
    await tx.passwordResetToken.update({ where: { id: row.id }, data: { usedAt: now() } });
    await tx.user.update({
      where: { id: row.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    await recordAuditEvent(
      {
        actor: { userId: row.userId, email: row.user.email, ip },
        action: "auth.password_reset",
        objectType: "user",
        objectId: row.userId,
      },
      tx,
    );
  });
}
