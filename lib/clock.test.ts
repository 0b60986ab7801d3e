import { afterEach, describe, expect, it, vi } from "vitest";

import { advanceClock, freezeClock, now, nowMs, resetClock, setClock } from "@/lib/clock";
import { resetEnvCache } from "@/lib/env";

afterEach(() => {
  resetClock();
  vi.unstubAllEnvs();
  resetEnvCache();
});

describe("clock", () => {
  it("follows real time by default", () => {
    const before = Date.now();
    const value = nowMs();
    const after = Date.now();
    expect(value).toBeGreaterThanOrEqual(before);
    expect(value).toBeLessThanOrEqual(after);
    expect(now()).toBeInstanceOf(Date);
  });

  it("can be set to a fixed instant", () => {
    setClock(new Date("2030-01-15T10:00:00.000Z"));
    expect(now().toISOString()).toBe("2030-01-15T10:00:00.000Z");
    expect(nowMs()).toBe(Date.parse("2030-01-15T10:00:00.000Z"));
  });

  it("returns a fresh Date so callers cannot move the clock by mutating it", () => {
    setClock(new Date("2030-01-15T10:00:00.000Z"));
    now().setFullYear(1999);
    expect(now().toISOString()).toBe("2030-01-15T10:00:00.000Z");
  });

  it("can be advanced while frozen", () => {
    setClock(new Date("2030-01-15T10:00:00.000Z"));
    advanceClock(90 * 60 * 1000);
    expect(now().toISOString()).toBe("2030-01-15T11:30:00.000Z");
    advanceClock(-30 * 60 * 1000);
    expect(now().toISOString()).toBe("2030-01-15T11:00:00.000Z");
  });

  it("can be advanced while running", () => {
    const dayMs = 24 * 60 * 60 * 1000;
    advanceClock(dayMs);
    expect(nowMs() - Date.now()).toBeGreaterThanOrEqual(dayMs - 50);
    expect(nowMs() - Date.now()).toBeLessThanOrEqual(dayMs + 50);
  });

  it("keeps running from a set instant when not frozen", async () => {
    setClock(new Date("2030-01-15T10:00:00.000Z"), { isFrozen: false });
    const first = nowMs();
    expect(Math.abs(first - Date.parse("2030-01-15T10:00:00.000Z"))).toBeLessThan(50);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(nowMs()).toBeGreaterThan(first);
  });

  it("freezes at the current instant", async () => {
    const frozen = freezeClock();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(nowMs()).toBe(frozen.getTime());
  });

  it("can be reset to real time", () => {
    setClock(new Date("2000-01-01T00:00:00.000Z"));
    resetClock();
    expect(Math.abs(nowMs() - Date.now())).toBeLessThan(50);
  });

  it("honours LOMAKE_CLOCK_OFFSET_MS outside production only", () => {
    vi.stubEnv("LOMAKE_CLOCK_OFFSET_MS", String(3_600_000));
    vi.stubEnv("NODE_ENV", "test");
    resetEnvCache();
    expect(nowMs() - Date.now()).toBeGreaterThanOrEqual(3_600_000 - 50);

    vi.stubEnv("NODE_ENV", "production");
    resetEnvCache();
    expect(Math.abs(nowMs() - Date.now())).toBeLessThan(50);
    expect(() => setClock(new Date())).toThrow(/production/);
    expect(() => advanceClock(1000)).toThrow(/production/);
  });

  it("rejects an invalid date", () => {
    expect(() => setClock(new Date("not a date"))).toThrow(RangeError);
  });
});
