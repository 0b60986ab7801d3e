import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import { clearSignInFailures, getThrottleState, recordSignInFailure } from "@/lib/auth/sign-in-throttle";
import { now } from "@/lib/clock";
import { keyedHash } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";
import { logger } from "@/lib/log/logger";
import { checkTotpCode } from "@/lib/auth/two-factor";

export type TSignInResult =
  | { ok: true; user: { id: string; email: string; name: string | null; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "locked" | "totp_required"; retryAfterSeconds?: number };

/**
 * Checks an e-mail and password. The answer is the same whether the e-mail exists or not; repeated failures
 * lock the account (and, at a much higher count, the IP address) for a while.
 */
export async function verifyCredentials(
  email: string,
  password: string,
  ip: string | null,
  totpCode?: string,
): Promise<TSignInResult> {
  const normalisedEmail = email.trim().toLowerCase();
  // Only a well-formed address is ever written to the audit log: people type other things into that box.
  const loggedEmail = z.email().safeParse(normalisedEmail).success ? normalisedEmail : null;
  const throttleKeys = { account: keyedHash(normalisedEmail, { purpose: "email" }), ip: ip ?? undefined };
  const throttle = await getThrottleState(throttleKeys);
  if (throttle.isLocked) {
    await recordAuditEvent({ actor: { email: loggedEmail, ip }, action: "auth.sign_in_locked" });
    return { ok: false, reason: "locked", retryAfterSeconds: throttle.retryAfterSeconds };
  }
  const prisma = getPrisma();
  const user = await prisma.user.findUnique({ where: { email: normalisedEmail } });
  const isValid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstDummy(password);
  if (!user || !isValid) {
    logger.warn({ email: loggedEmail ?? "[not an e-mail address]", ip }, "sign-in failed");
    await recordSignInFailure(throttleKeys);
    const membership = user ? await prisma.membership.findFirst({ where: { userId: user.id } }) : null;
    await recordAuditEvent({
      organizationId: membership?.organizationId ?? null,
      actor: { userId: user?.id ?? null, email: loggedEmail, ip },
      action: "auth.sign_in_failed",
    });
    return { ok: false, reason: "invalid" };
  }
  if (user.totpEnabledAt) {
    // The password was right: ask for the second factor, and count a wrong code as a failed sign-in.
    if (!totpCode) return { ok: false, reason: "totp_required" };
    if (!(await checkTotpCode(user.id, totpCode))) {
      logger.warn({ email: loggedEmail, ip }, "sign-in failed: two-factor code");
      await recordSignInFailure(throttleKeys);
      await recordAuditEvent({
        actor: { userId: user.id, email: user.email, ip },
        action: "auth.sign_in_failed",
        details: { step: "totp" },
      });
      return { ok: false, reason: "invalid" };
    }
  }
  await clearSignInFailures(throttleKeys);
  await prisma.user.update({ where: { id: user.id }, data: { lastSignInAt: now() } });
  const memberships = await prisma.membership.findMany({ where: { userId: user.id } });
  for (const membership of memberships.length ? memberships : [null]) {
    await recordAuditEvent({
      organizationId: membership?.organizationId ?? null,
      actor: { userId: user.id, email: user.email, ip },
      action: "auth.sign_in",
      details: { method: "password" },
    });
  }
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion },
  };
}
