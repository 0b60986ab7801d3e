import "server-only";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { isDemoCredential, isDemoPasswordRefused } from "@/lib/auth/demo-credentials";
import { verifyAgainstDummy, verifyPassword } from "@/lib/auth/password";
import {
  ACCOUNT_FAILURES_BEFORE_UNLOCK_MAIL,
  clearSignInFailures,
  getThrottleState,
  recordSignInFailure,
} from "@/lib/auth/sign-in-throttle";
import { isTrustedDevice, offerSignInUnlock } from "@/lib/auth/sign-in-unlock";
import { checkTotpCode } from "@/lib/auth/two-factor";
import { now } from "@/lib/clock";
import { keyedHash } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";

export type TSignInResult =
  | { ok: true; user: { id: string; email: string; name: string | null; sessionVersion: number } }
  | {
      ok: false;
      reason: "invalid" | "throttled" | "totp_required" | "demo_refused";
      retryAfterSeconds?: number;
    };

/**
 * Checks an e-mail and password. The answer is the same whether the e-mail exists or not. Failures slow the
 * next attempts down progressively (lib/auth/sign-in-throttle.ts); nothing ever locks the right password out
 * for long, and the owner of a targeted account is e-mailed a way past the delay.
 */
export async function verifyCredentials(
  email: string,
  password: string,
  ip: string | null,
  totpCode?: string,
  options: { trustedDeviceCookie?: string } = {},
): Promise<TSignInResult> {
  const normalisedEmail = email.trim().toLowerCase();
  // Only a well-formed address is ever written to the audit log: people type other things into that box.
  const loggedEmail = z.email().safeParse(normalisedEmail).success ? normalisedEmail : null;
  const throttleKeys = { account: keyedHash(normalisedEmail, { purpose: "email" }), ip };
  const prisma = getPrisma();
  const user = await prisma.user.findUnique({ where: { email: normalisedEmail } });
  const isOwnDevice = isTrustedDevice(options.trustedDeviceCookie, user?.id);
  const throttle = await getThrottleState(throttleKeys, { isTrustedDevice: isOwnDevice });
  if (throttle.isDelayed) {
    // Not checked at all while delayed: a guess during the delay learns nothing.
    await recordAuditEvent({
      actor: { userId: user?.id ?? null, email: loggedEmail, ip },
      action: "auth.sign_in_delayed",
      details: { seconds: throttle.retryAfterSeconds, keys: throttle.delayedKinds },
    });
    return { ok: false, reason: "throttled", retryAfterSeconds: throttle.retryAfterSeconds };
  }
  const isValid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await verifyAgainstDummy(password);
  if (!user || !isValid) {
    logger.warn({ email: loggedEmail ?? "[not an e-mail address]", ip }, "sign-in failed");
    const { accountFailures } = await recordSignInFailure(throttleKeys);
    if (user && accountFailures > ACCOUNT_FAILURES_BEFORE_UNLOCK_MAIL) await offerSignInUnlock(user.id);
    const membership = user ? await prisma.membership.findFirst({ where: { userId: user.id } }) : null;
    await recordAuditEvent({
      organizationId: membership?.organizationId ?? null,
      actor: { userId: user?.id ?? null, email: loggedEmail, ip },
      action: "auth.sign_in_failed",
    });
    return { ok: false, reason: "invalid" };
  }
  if (isDemoCredential(normalisedEmail, password) && isDemoPasswordRefused(getEnv())) {
    logger.warn(
      { ip },
      "sign-in with the published demo password refused: the app is reachable from the network",
    );
    return { ok: false, reason: "demo_refused" };
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
