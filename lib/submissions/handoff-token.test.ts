import { randomBytes, randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { advanceClock, resetClock } from "@/lib/clock";
import { createHandoffToken, verifyHandoffToken } from "./handoff-token";

const key = randomBytes(32);

describe("hand-off token", () => {
  afterEach(() => resetClock());

  it("names its submission for 24 hours and can be used again", () => {
    const id = randomUUID();
    const token = createHandoffToken(id, key);
    expect(verifyHandoffToken(token, key)).toBe(id);
    expect(verifyHandoffToken(token, key)).toBe(id);
    advanceClock(24 * 60 * 60 * 1000 + 1000);
    expect(verifyHandoffToken(token, key)).toBeNull();
  });

  it("is refused when changed or signed with another key", () => {
    const token = createHandoffToken(randomUUID(), key);
    const otherId = `${randomUUID()}${token.slice(36)}`;
    expect(verifyHandoffToken(otherId, key)).toBeNull();
    expect(verifyHandoffToken(token, randomBytes(32))).toBeNull();
  });
});
