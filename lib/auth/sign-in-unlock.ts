// The owner's way past sign-in delays that someone else causes: when an account's sign-ins are being slowed
// down, its owner gets (at most once an hour) an e-mail with a one-time link. Opening it in their browser
// and confirming marks that browser as the owner's (a signed cookie for 30 days): the account-wide delay no
// longer applies there, whatever an attacker keeps trying elsewhere. The link is built from APP_URL, never
// from a request's Host header, which the attacker would choose.
import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { hashToken, keyedHash, randomToken, timingSafeEqualString } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";
import { getEnv } from "@/lib/env";
import { logger } from "@/lib/log/logger";
import { sendMail } from "@/lib/mail/send-mail";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { outgoingTexts } from "@/lib/i18n/outgoing-texts";

export const TRUSTED_DEVICE_COOKIE = "lomake-trusted-device";
export const TRUSTED_DEVICE_DAYS = 30;
const UNLOCK_LIFETIME_MS = 60 * 60_000;
const MAIL_INTERVAL_MS = 60 * 60_000;

function unlockUrl(token: string): string {
  const env = getEnv();
  return new URL(`/admin/sign-in/unlock/${token}`, env.APP_URL ?? `http://localhost:${env.PORT}`).toString();
}

/** Sends the unlock e-mail unless one went out within the hour. */
export async function offerSignInUnlock(userId: string): Promise<void> {
  const prisma = getPrisma();
  const current = now();
  const recent = await prisma.signInUnlockToken.findFirst({
    where: { userId, createdAt: { gt: new Date(current.getTime() - MAIL_INTERVAL_MS) } },
  });
  if (recent) return;
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user) return;
  const token = randomToken();
  await prisma.signInUnlockToken.create({
    data: {
      userId,
      tokenHash: hashToken(token),
      createdAt: current,
      expiresAt: new Date(current.getTime() + UNLOCK_LIFETIME_MS),
    },
  });
  const language = isLocale(user.preferredLanguage) ? user.preferredLanguage : DEFAULT_LOCALE;
  const isSent = await sendMail({
    to: user.email,
    subject: outgoingTexts.text(language, "signInUnlock.subject"),
    text: outgoingTexts.text(language, "signInUnlock.body", { link: unlockUrl(token) }),
  });
  // Without SMTP there is nobody to show the link to (the visitor may be the attacker): the log says so only.
  if (!isSent) logger.warn({ userId }, "sign-in unlock e-mail not sent (no SMTP configured)");
  await recordAuditEvent({
    actor: { userId, email: user.email },
    action: "auth.sign_in_unlock_offered",
    objectType: "user",
    objectId: userId,
  });
}

function deviceSignature(userId: string, expiresAt: number): string {
  return keyedHash(`trusted-device:${userId}:${expiresAt}`, { purpose: "text", encoding: "base64url" });
}

/** Redeems a link once; returns the cookie value that marks this browser as the owner's, or null. */
export async function redeemSignInUnlock(
  token: string,
): Promise<{ cookie: string; maxAgeSeconds: number } | null> {
  const prisma = getPrisma();
  const current = now();
  const claimed = await prisma.signInUnlockToken.updateMany({
    where: { tokenHash: hashToken(token), usedAt: null, expiresAt: { gt: current } },
    data: { usedAt: current },
  });
  if (claimed.count !== 1) return null;
  const row = await prisma.signInUnlockToken.findUniqueOrThrow({
    where: { tokenHash: hashToken(token) },
    include: { user: true },
  });
  await recordAuditEvent({
    actor: { userId: row.userId, email: row.user.email },
    action: "auth.sign_in_unlocked",
    objectType: "user",
    objectId: row.userId,
  });
  const maxAgeSeconds = TRUSTED_DEVICE_DAYS * 86_400;
  const expiresAt = Math.floor(current.getTime() / 1000) + maxAgeSeconds;
  return { cookie: `${row.userId}.${expiresAt}.${deviceSignature(row.userId, expiresAt)}`, maxAgeSeconds };
}

/** Is this cookie value a valid trusted-device mark for this user? */
export function isTrustedDevice(cookieValue: string | undefined, userId: string | undefined): boolean {
  if (!cookieValue || !userId) return false;
  const [cookieUserId, expiresText, signature] = cookieValue.split(".");
  const expiresAt = Number(expiresText);
  if (cookieUserId !== userId || !Number.isInteger(expiresAt) || !signature) return false;
  if (expiresAt * 1000 < now().getTime()) return false;
  return timingSafeEqualString(signature, deviceSignature(userId, expiresAt));
}

/** The cookie's value from a Cookie header. */
export function readTrustedDeviceCookie(
  cookieHeader: string | string[] | undefined | null,
): string | undefined {
  const text = Array.isArray(cookieHeader) ? cookieHeader.join("; ") : (cookieHeader ?? "");
  for (const part of text.split(";")) {
    const [name, ...rest] = part.trim().split("=");
    if (name === TRUSTED_DEVICE_COOKIE) return rest.join("=");
  }
  return undefined;
}
