// A signed-in person's own sessions and password: "sign out everywhere" and changing the password both end
// sessions server-side (lib/auth/admin-sessions.ts), so cookies copied from other browsers stop working.
import "server-only";
import { z } from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { revokeAllAdminSessions } from "@/lib/auth/admin-sessions";
import { hashPassword, verifyPassword, ZNewPassword } from "@/lib/auth/password";
import { getThrottleState, recordSignInFailure } from "@/lib/auth/sign-in-throttle";
import { keyedHash } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";

export const ZChangePassword = z
  .object({
    currentPassword: z.string().min(1).max(200),
    newPassword: ZNewPassword,
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ["confirmPassword"],
    error: "passwordsDiffer",
  });

/** Ends every session of the user, this one included. */
export async function signOutEverywhere(userId: string, actor: TAuditActor): Promise<number> {
  const count = await getPrisma().$transaction(async (tx) => {
    const revoked = await revokeAllAdminSessions(userId, { tx });
    // Also tokens from before session rows existed.
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    return revoked;
  });
  await recordAuditEvent({
    actor,
    action: "auth.signed_out_everywhere",
    objectType: "user",
    objectId: userId,
    details: { sessions: count },
  });
  return count;
}

export type TChangePasswordResult =
  { ok: true; endedSessions: number } | { ok: false; reason: "wrong_password" | "throttled" };

/** Checks the current password (throttled like sign-in), sets the new one, ends every other session. */
export async function changePassword(
  user: { id: string; email: string },
  sessionId: string,
  input: z.output<typeof ZChangePassword>,
  actor: TAuditActor,
): Promise<TChangePasswordResult> {
  const prisma = getPrisma();
  const keys = { account: keyedHash(user.email, { purpose: "email" }), ip: actor.ip ?? null };
  if ((await getThrottleState(keys)).isDelayed) return { ok: false, reason: "throttled" };
  const row = await prisma.user.findUniqueOrThrow({ where: { id: user.id } });
  if (!row.passwordHash || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    await recordSignInFailure(keys);
    return { ok: false, reason: "wrong_password" };
  }
  const passwordHash = await hashPassword(input.newPassword);
  const endedSessions = await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.passwordResetToken.updateMany({
      where: { userId: user.id, usedAt: null },
      data: { usedAt: new Date() },
    });
    return revokeAllAdminSessions(user.id, { keepSessionId: sessionId, tx });
  });
  await recordAuditEvent({
    actor,
    action: "auth.password_changed",
    objectType: "user",
    objectId: user.id,
    details: { endedSessions },
  });
  return { ok: true, endedSessions };
}
