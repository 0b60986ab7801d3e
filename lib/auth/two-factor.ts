import { ForbiddenError } from "@/lib/errors/domain-error";
import "server-only";
import { generateSecret, generateURI, verify } from "otplib";
import { z } from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { now } from "@/lib/clock";
import { decryptString, encryptString } from "@/lib/crypto/encrypt-value";
import { totpSecretContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";

const TIME_STEP_SECONDS = 30;
export const ZTotpCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/);

const secretContext = totpSecretContext;

/** Starts enrolment: a new secret, stored encrypted but not yet in force until a code confirms it. */
export async function beginTwoFactorEnrolment(userId: string): Promise<{ secret: string; uri: string }> {
  const user = await getPrisma().user.findUniqueOrThrow({ where: { id: userId } });
  if (user.totpEnabledAt) throw new ForbiddenError();
  const secret = generateSecret();
  await getPrisma().user.update({
    where: { id: userId },
    data: {
      totpSecretEncrypted: encryptString(secret, { associatedData: secretContext(userId) }),
      totpLastStep: null,
    },
  });
  return { secret, uri: generateURI({ secret, issuer: "Lomake", label: user.email }) };
}

/** Checks a code against the user's secret; each time step's code is accepted once (no replay). */
export async function checkTotpCode(userId: string, code: string): Promise<boolean> {
  if (!ZTotpCode.safeParse(code).success) return false;
  const user = await getPrisma().user.findUniqueOrThrow({ where: { id: userId } });
  if (!user.totpSecretEncrypted) return false;
  const secret = decryptString(user.totpSecretEncrypted, { associatedData: secretContext(userId) });
  const epoch = Math.floor(now().getTime() / 1000);
  const result = await verify({ secret, token: code.trim(), epoch, epochTolerance: TIME_STEP_SECONDS });
  if (!result.valid) return false;
  const step = Math.floor(
    (epoch + ("delta" in result ? (result.delta ?? 0) : 0) * TIME_STEP_SECONDS) / TIME_STEP_SECONDS,
  );
  // Claim the step atomically: a second use of the same code fails.
  const claimed = await getPrisma().user.updateMany({
    where: { id: userId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return claimed.count === 1;
}

export async function confirmTwoFactorEnrolment(
  userId: string,
  code: string,
  actor: TAuditActor,
): Promise<boolean> {
  if (!(await checkTotpCode(userId, code))) return false;
  await getPrisma().user.update({ where: { id: userId }, data: { totpEnabledAt: now() } });
  await recordAuditEvent({ actor, action: "auth.two_factor_enabled", objectType: "user", objectId: userId });
  return true;
}

export async function disableTwoFactor(userId: string, code: string, actor: TAuditActor): Promise<boolean> {
  if (!(await checkTotpCode(userId, code))) return false;
  await getPrisma().user.update({
    where: { id: userId },
    data: {
      totpEnabledAt: null,
      totpSecretEncrypted: null,
      totpLastStep: null,
      sessionVersion: { increment: 1 },
    },
  });
  await recordAuditEvent({ actor, action: "auth.two_factor_disabled", objectType: "user", objectId: userId });
  return true;
}

export async function setOrganizationTwoFactorRequirement(
  organizationId: string,
  isRequired: boolean,
  actor: TAuditActor,
) {
  await getPrisma().organization.update({
    where: { id: organizationId },
    data: { requireTwoFactor: isRequired },
  });
  await recordAuditEvent({
    organizationId,
    actor,
    action: "auth.two_factor_requirement_changed",
    objectType: "organization",
    objectId: organizationId,
    details: { isRequired },
  });
}

export const ZTwoFactorRequirement = z.object({ isRequired: z.enum(["on"]).optional() });

export async function isTwoFactorRequired(organizationId: string): Promise<boolean> {
  const organization = await getPrisma().organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { requireTwoFactor: true },
  });
  return organization.requireTwoFactor;
}
