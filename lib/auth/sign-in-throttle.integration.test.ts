// Throttling instead of lockout, against a real database: progressive delays per account+client, per client
// and per account; the real owner is never locked out by someone who knows their e-mail; the e-mailed unlock
// link lets the owner's browser in at once; concurrent failures all count.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createOwner } from "@/lib/accounts/create-owner";
import { getThrottleState, recordSignInFailure } from "@/lib/auth/sign-in-throttle";
import { readTrustedDeviceCookie, redeemSignInUnlock } from "@/lib/auth/sign-in-unlock";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { advanceClock, freezeClock, resetClock } from "@/lib/clock";
import { keyedHash } from "@/lib/crypto/keyed-hash";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { overrideEnv } from "@/lib/env";
import { startSmtpCapture } from "@/lib/testing/start-smtp-capture";

const PASSWORD = "Oikea-salasana-2026";
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
const previous = { SMTP_URL: process.env.SMTP_URL, APP_URL: process.env.APP_URL };

async function owner() {
  const suffix = Math.random().toString(36).slice(2, 8);
  const email = `throttle-${suffix}@example.fi`;
  await createOwner({
    email,
    password: PASSWORD,
    organizationSlug: `throttle-${suffix}`,
    organizationName: "Kunta",
  });
  return email;
}

beforeAll(async () => {
  smtp = await startSmtpCapture();
  overrideEnv({ SMTP_URL: smtp.url, APP_URL: "https://lomake.test.example" });
});
afterEach(() => resetClock());
afterAll(async () => {
  overrideEnv(previous);
  await smtp.close();
  await disconnectPrisma();
});

describe("sign-in throttling", () => {
  it("delays one client's guesses progressively, without checking the password during a delay", async () => {
    freezeClock(new Date("2026-12-04T08:00:00Z"));
    const email = await owner();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await verifyCredentials(email, "väärä-arvaus-123", "198.51.100.1")).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    // The fourth failure starts a 1 s delay, the fifth 2 s, the sixth 4 s.
    expect(await verifyCredentials(email, "väärä-arvaus-123", "198.51.100.1")).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await verifyCredentials(email, PASSWORD, "198.51.100.1")).toMatchObject({
      reason: "throttled",
      retryAfterSeconds: 1,
    });
    advanceClock(1_000);
    await verifyCredentials(email, "väärä-arvaus-123", "198.51.100.1");
    expect(await verifyCredentials(email, "väärä-arvaus-123", "198.51.100.1")).toMatchObject({
      reason: "throttled",
      retryAfterSeconds: 2,
    });
    advanceClock(2_000);
    await verifyCredentials(email, "väärä-arvaus-123", "198.51.100.1");
    expect(await verifyCredentials(email, PASSWORD, "198.51.100.1")).toMatchObject({
      reason: "throttled",
      retryAfterSeconds: 4,
    });
    // After the delay the right password works, from the same client.
    advanceClock(4_000);
    expect(await verifyCredentials(email, PASSWORD, "198.51.100.1")).toMatchObject({ ok: true });
  });

  it("never locks the real owner out: another client signs in while the attacker keeps failing", async () => {
    freezeClock(new Date("2026-12-04T09:00:00Z"));
    const email = await owner();
    // Eight guesses in a few minutes, each after waiting out the delay (a lockout after five would hold now).
    for (let attempt = 0; attempt < 8; attempt += 1) {
      advanceClock(16_000);
      expect(await verifyCredentials(email, `arvaus-${attempt}-xyz`, "203.0.113.66")).toMatchObject({
        reason: "invalid",
      });
    }
    expect(await verifyCredentials(email, PASSWORD, "192.0.2.10")).toMatchObject({ ok: true });
  });

  it("bounds a distributed attack's delay for the owner to a minute, and the e-mailed link removes even that", async () => {
    freezeClock(new Date("2026-12-04T10:00:00Z"));
    const email = await owner();
    smtp.mails.length = 0;
    // Twenty addresses, one guess each: only the account-wide key sees them all.
    for (let attempt = 0; attempt < 20; attempt += 1) {
      advanceClock(61_000);
      await verifyCredentials(email, `arvaus-${attempt}-xyz`, `203.0.113.${attempt + 1}`);
    }
    const delayed = await verifyCredentials(email, PASSWORD, "192.0.2.20");
    expect(delayed).toMatchObject({ ok: false, reason: "throttled" });
    expect((delayed as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(60);
    // One e-mail (not one per failure), with a link on APP_URL.
    const mails = smtp.mails.filter((mail) => mail.to.includes(email));
    expect(mails).toHaveLength(1);
    const link = /https:\/\/lomake\.test\.example\/admin\/sign-in\/unlock\/([\w-]+)/.exec(mails[0]!.body);
    expect(link).not.toBeNull();
    const redeemed = await redeemSignInUnlock(link![1]!);
    expect(redeemed).not.toBeNull();
    expect(await redeemSignInUnlock(link![1]!)).toBeNull(); // once
    const cookie = readTrustedDeviceCookie(`other=1; lomake-trusted-device=${redeemed!.cookie}`);
    // The attacker goes on; the owner's browser is let in at once.
    await verifyCredentials(email, "vielä-yksi-arvaus", "203.0.113.99");
    expect(
      await verifyCredentials(email, PASSWORD, "192.0.2.20", undefined, { trustedDeviceCookie: cookie }),
    ).toMatchObject({ ok: true });
    // A forged or someone else's cookie is worth nothing.
    const forged = `${redeemed!.cookie.split(".")[0]}.${Math.floor(Date.now() / 1000) + 9999}.AAAA`;
    await verifyCredentials(email, "vielä-yksi-arvaus", "203.0.113.98");
    expect(
      await verifyCredentials(email, PASSWORD, "192.0.2.21", undefined, { trustedDeviceCookie: forged }),
    ).toMatchObject({ reason: "throttled" });
  });

  it("counts every one of many concurrent failures", async () => {
    freezeClock(new Date("2026-12-04T11:00:00Z"));
    const account = keyedHash(`concurrent-${Math.random()}@example.fi`, { purpose: "email" });
    await Promise.all(
      Array.from({ length: 40 }, () => recordSignInFailure({ account, ip: "198.51.100.40" })),
    );
    const rows = await getPrisma().signInThrottle.findMany({
      where: { key: { in: [`account:${account}`, `pair:${account}:198.51.100.40`] } },
    });
    expect(rows.map((row) => row.failures)).toEqual([40, 40]);
    expect(await getThrottleState({ account, ip: "198.51.100.40" })).toMatchObject({ isDelayed: true });
  });
});
