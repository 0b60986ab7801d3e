import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { advanceClock, resetClock, setClock } from "@/lib/clock";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { checkCitizenRateLimit } from "@/lib/security/citizen-rate-limits";
import { consumeRateLimit } from "@/lib/security/rate-limit";

afterAll(async () => {
  resetClock();
  await disconnectPrisma();
});

describe("rate limits in PostgreSQL", () => {
  it("allows up to the limit, refuses after it with the time left, and opens again in the next window", async () => {
    setClock(new Date("2026-11-22T10:00:00Z"));
    const key = `test:${randomUUID()}`;
    const rule = { limit: 3, windowMs: 60_000 };
    for (let i = 0; i < 3; i += 1) expect((await consumeRateLimit([{ key, rule }])).isAllowed).toBe(true);
    advanceClock(15_000);
    expect(await consumeRateLimit([{ key, rule }])).toEqual({ isAllowed: false, retryAfterSeconds: 45 });
    advanceClock(45_000);
    expect((await consumeRateLimit([{ key, rule }])).isAllowed).toBe(true);
  });

  it("does not block 300 people behind one address filling a form together", async () => {
    setClock(new Date("2026-11-22T12:00:00Z"));
    const ip = `10.${Math.floor(Math.random() * 255)}.0.1`;
    const drafts = Array.from({ length: 300 }, () => randomUUID());
    // Everyone starts, then saves 12 steps within the same ten minutes.
    for (let person = 0; person < drafts.length; person += 1) {
      expect((await checkCitizenRateLimit("startDraft", { ip })).isAllowed).toBe(true);
    }
    let refused = 0;
    for (let step = 0; step < 12; step += 1) {
      const results = await Promise.all(
        drafts.map((draftId) => checkCitizenRateLimit("saveStep", { draftId, ip })),
      );
      refused += results.filter((result) => !result.isAllowed).length;
    }
    expect(refused).toBe(0);
  }, 60_000);

  it("stops one draft being hammered even when the address is shared", async () => {
    setClock(new Date("2026-11-22T14:00:00Z"));
    const draftId = randomUUID();
    let lastResult = { isAllowed: true, retryAfterSeconds: 0 };
    for (let i = 0; i < 121; i += 1)
      lastResult = await checkCitizenRateLimit("saveStep", { draftId, ip: "10.9.9.9" });
    expect(lastResult.isAllowed).toBe(false);
    expect(lastResult.retryAfterSeconds).toBeGreaterThan(0);
    expect(
      (await checkCitizenRateLimit("saveStep", { draftId: randomUUID(), ip: "10.9.9.9" })).isAllowed,
    ).toBe(true);
  });

  it("counts one crowded address over several rows and still holds its limit", async () => {
    setClock(new Date("2026-11-22T16:00:00Z"));
    const key = `test:${randomUUID()}`;
    const rule = { limit: 3_200, windowMs: 60_000, shards: 16 };
    let allowed = 0;
    let firstRefusalAt: number | null = null;
    for (let sent = 0; sent < 4_800; sent += 100) {
      const results = await Promise.all(Array.from({ length: 100 }, () => consumeRateLimit([{ key, rule }])));
      for (const [index, result] of results.entries()) {
        if (result.isAllowed) allowed += 1;
        else firstRefusalAt ??= sent + index;
      }
    }
    expect(allowed).toBeLessThanOrEqual(3_200);
    expect(allowed).toBeGreaterThanOrEqual(3_040);
    expect(firstRefusalAt).toBeGreaterThan(2_200);
    // Spread over more than one row (one would queue every request of the address on its lock).
    const rows = await getPrisma().rateLimitCounter.count({ where: { key: { startsWith: `${key}#` } } });
    expect(rows).toBe(16);
  }, 60_000);
});
