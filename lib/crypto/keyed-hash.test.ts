import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";

import {
  hashToken,
  keyedHash,
  normaliseForHash,
  randomToken,
  sha256Hex,
  timingSafeEqualString,
} from "@/lib/crypto/keyed-hash";

const key = randomBytes(32);

describe("keyedHash", () => {
  it("is stable for the same value and key", () => {
    const first = keyedHash("010280-952L", { purpose: "henkilotunnus", key });
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(keyedHash("010280-952L", { purpose: "henkilotunnus", key })).toBe(first);
  });

  it("normalises a henkilötunnus before hashing", () => {
    const canonical = keyedHash("010280-952L", { purpose: "henkilotunnus", key });
    expect(keyedHash("  010280-952l ", { purpose: "henkilotunnus", key })).toBe(canonical);
    expect(normaliseForHash(" 020502a902x ", "henkilotunnus")).toBe("020502A902X");
  });

  it("normalises e-mail addresses to lower case", () => {
    expect(keyedHash(" Maija.Meikalainen@Example.FI", { purpose: "email", key })).toBe(
      keyedHash("maija.meikalainen@example.fi", { purpose: "email", key }),
    );
  });

  it("depends on the key", () => {
    expect(keyedHash("010280-952L", { purpose: "henkilotunnus", key: randomBytes(32) })).not.toBe(
      keyedHash("010280-952L", { purpose: "henkilotunnus", key }),
    );
  });

  it("depends on the purpose", () => {
    expect(keyedHash("1234567-8", { purpose: "business-id", key })).not.toBe(
      keyedHash("1234567-8", { purpose: "text", key }),
    );
  });

  it("distinguishes different values and can encode base64url", () => {
    expect(keyedHash("010280-952L", { purpose: "henkilotunnus", key })).not.toBe(
      keyedHash("010594Y9032", { purpose: "henkilotunnus", key }),
    );
    expect(keyedHash("x", { purpose: "text", key, encoding: "base64url" })).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe("tokens", () => {
  it("makes random URL-safe tokens", () => {
    const token = randomToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomToken()).not.toBe(token);
    expect(randomToken(48)).toHaveLength(64);
    expect(() => randomToken(8)).toThrow(RangeError);
  });

  it("hashes tokens with SHA-256", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex(Buffer.from("abc"))).toBe(sha256Hex("abc"));
    expect(hashToken("abc")).toBe(sha256Hex("abc"));
  });

  it("compares strings", () => {
    expect(timingSafeEqualString("token-ä", "token-ä")).toBe(true);
    expect(timingSafeEqualString("token-a", "token-b")).toBe(false);
    expect(timingSafeEqualString("short", "much longer")).toBe(false);
    expect(timingSafeEqualString("", "")).toBe(true);
  });
});
