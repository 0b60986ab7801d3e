// TOTP two-factor sign-in against a real database: enrolment, sign-in needing the code, replay refused,
// the organisation's requirement (audit-logged) and turning it off again.
import { generate } from "otplib";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createOwner } from "@/lib/accounts/create-owner";
import {
  beginTwoFactorEnrolment,
  checkTotpCode,
  confirmTwoFactorEnrolment,
  disableTwoFactor,
  isTwoFactorRequired,
  setOrganizationTwoFactorRequirement,
} from "@/lib/auth/two-factor";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { advanceClock, freezeClock, now, resetClock } from "@/lib/clock";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";

const PASSWORD = "Kaksivaihe-salasana-2026";
const suffix = Math.random().toString(36).slice(2, 8);
const email = `kaksivaihe-${suffix}@example.fi`;
let userId = "";
let organizationId = "";
let secret = "";
const actor = () => ({ userId, email, ip: "192.0.2.7" });
const codeNow = () => generate({ secret, epoch: Math.floor(now().getTime() / 1000) });

beforeAll(async () => {
  const { user, organization } = await createOwner({
    email,
    password: PASSWORD,
    organizationSlug: `kaksivaihe-${suffix}`,
    organizationName: "Kaksivaihekunta",
  });
  userId = user.id;
  organizationId = organization.id;
});

afterEach(() => resetClock());

afterAll(async () => {
  await disconnectPrisma();
});

describe("two-factor sign-in", () => {
  it("is not asked before enrolment is confirmed, and a wrong code does not confirm it", async () => {
    freezeClock(new Date("2026-11-22T10:00:05Z"));
    secret = (await beginTwoFactorEnrolment(userId)).secret;
    expect(await confirmTwoFactorEnrolment(userId, "000000", actor())).toBe(false);
    expect((await verifyCredentials(email, PASSWORD, null)).ok).toBe(true);
  });

  it("is enabled by a correct code from the app, and audit-logged", async () => {
    freezeClock(new Date("2026-11-22T10:01:05Z"));
    expect(await confirmTwoFactorEnrolment(userId, await codeNow(), actor())).toBe(true);
    const user = await getPrisma().user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.totpEnabledAt).not.toBeNull();
    expect(user.totpSecretEncrypted).not.toContain(secret);
    const events = await getPrisma().auditEvent.findMany({
      where: { actorUserId: userId, action: "auth.two_factor_enabled" },
    });
    expect(events).toHaveLength(1);
  });

  it("then needs the code: no code → totp_required, wrong code → invalid, right code → signed in", async () => {
    freezeClock(new Date("2026-11-22T10:02:05Z"));
    expect(await verifyCredentials(email, PASSWORD, null)).toEqual({ ok: false, reason: "totp_required" });
    expect(await verifyCredentials(email, PASSWORD, null, "123456")).toEqual({
      ok: false,
      reason: "invalid",
    });
    // The right code with a wrong password reveals nothing about the code.
    expect(await verifyCredentials(email, "väärä-salasana-123", null, await codeNow())).toMatchObject({
      ok: false,
      reason: "invalid",
    });
    const result = await verifyCredentials(email, PASSWORD, null, await codeNow());
    expect(result.ok).toBe(true);
  });

  it("refuses a code used once already (replay), also within its tolerance window, and accepts the next one", async () => {
    freezeClock(new Date("2026-11-22T10:03:05Z"));
    const code = await codeNow();
    expect(await checkTotpCode(userId, code)).toBe(true);
    expect(await checkTotpCode(userId, code)).toBe(false);
    expect((await verifyCredentials(email, PASSWORD, null, code)).ok).toBe(false);
    advanceClock(10_000); // same 30-second step
    expect(await checkTotpCode(userId, code)).toBe(false);
    advanceClock(30_000); // next step: the previous code is within tolerance but already used
    expect(await checkTotpCode(userId, code)).toBe(false);
    expect(await checkTotpCode(userId, await codeNow())).toBe(true);
  });

  it("refuses a code from long ago and malformed codes", async () => {
    freezeClock(new Date("2026-11-22T10:10:05Z"));
    const old = await generate({ secret, epoch: Math.floor(now().getTime() / 1000) - 300 });
    expect(await checkTotpCode(userId, old)).toBe(false);
    for (const code of ["", "12345", "1234567", "abcdef", "12 34 56"])
      expect(await checkTotpCode(userId, code)).toBe(false);
  });

  it("lets owners require it for the organisation, audit-logged", async () => {
    expect(await isTwoFactorRequired(organizationId)).toBe(false);
    await setOrganizationTwoFactorRequirement(organizationId, true, actor());
    expect(await isTwoFactorRequired(organizationId)).toBe(true);
    const event = await getPrisma().auditEvent.findFirstOrThrow({
      where: { organizationId, action: "auth.two_factor_requirement_changed" },
    });
    expect(event.details).toEqual({ isRequired: true });
    await setOrganizationTwoFactorRequirement(organizationId, false, actor());
    expect(await isTwoFactorRequired(organizationId)).toBe(false);
  });

  it("is turned off only with a valid code, which also ends the user's other sessions", async () => {
    freezeClock(new Date("2026-11-22T10:20:05Z"));
    const before = await getPrisma().user.findUniqueOrThrow({ where: { id: userId } });
    expect(await disableTwoFactor(userId, "000000", actor())).toBe(false);
    expect(await disableTwoFactor(userId, await codeNow(), actor())).toBe(true);
    const after = await getPrisma().user.findUniqueOrThrow({ where: { id: userId } });
    expect(after).toMatchObject({
      totpEnabledAt: null,
      totpSecretEncrypted: null,
      sessionVersion: before.sessionVersion + 1,
    });
    expect((await verifyCredentials(email, PASSWORD, null)).ok).toBe(true);
  });
});
