import { describe, expect, it } from "vitest";

import { isSensitiveKey, scrubSensitive, scrubString } from "@/lib/log/scrub-sensitive";

describe("scrubString", () => {
  it.each([
    ["010280-952L", "[hetu]"],
    ["hetu 010594Y9032 ok", "hetu [hetu] ok"],
    ["(020502A902X)", "([hetu])"],
    ["id_131052+308T", "id_[hetu]"],
    ["lower check 010280-952l", "lower check [hetu]"],
    ["two: 010280-952L,010594Y9032", "two: [hetu],[hetu]"],
  ])("masks %s", (input, expected) => {
    expect(scrubString(input)).toBe(expected);
  });

  it.each([
    "Hyvää päivää, Åsa Öberg",
    "040-1234567",
    "+358 40 123 4567",
    "2025-12-31T10:00:00.000Z",
    "31.12.2025",
    "1234567-8",
    "123456-7890",
    "991380-123A",
    "321280-123A",
    "0102803-952L",
    "a3f5c2010280e952ab",
  ])("leaves %s alone", (input) => {
    expect(scrubString(input)).toBe(input);
  });

  it("masks bearer tokens and secret query parameters", () => {
    expect(scrubString("Authorization: Bearer abc.DEF-123_x=")).toBe("Authorization: Bearer [redacted]");
    expect(scrubString("GET /callback?code=xyz&state=ok")).toBe("GET /callback?code=[redacted]&state=ok");
    expect(scrubString("/f/resume?token=abc123")).toBe("/f/resume?token=[redacted]");
  });
});

describe("scrubSensitive", () => {
  it("recognises sensitive keys in any spelling", () => {
    for (const key of [
      "password",
      "PASSWORD",
      "new_password",
      "client-secret",
      "x-api-key",
      "inviteToken",
      "HETU",
    ]) {
      expect(isSensitiveKey(key)).toBe(true);
    }
    for (const key of ["email", "name", "tokenHash", "keyId", "formId"]) {
      expect(isSensitiveKey(key)).toBe(false);
    }
  });

  it("redacts at any depth and does not change the input", () => {
    const input = { a: [{ b: { c: { d: { e: { secret: "s", note: "010280-952L" } } } } }] };
    const copy = structuredClone(input);
    expect(scrubSensitive(input)).toEqual({
      a: [{ b: { c: { d: { e: { secret: "[redacted]", note: "[hetu]" } } } } }],
    });
    expect(input).toEqual(copy);
  });

  it("is bounded in depth and safe with cycles and shared references", () => {
    const shared = { v: 1 };
    const cyclic: Record<string, unknown> = { shared, again: shared };
    cyclic.loop = cyclic;
    expect(scrubSensitive(cyclic)).toEqual({ shared: { v: 1 }, again: { v: 1 }, loop: "[circular]" });
    expect(scrubSensitive({ a: { b: { c: 1 } } }, { maxDepth: 2 })).toEqual({ a: { b: "[too deep]" } });
  });

  it("turns errors into plain scrubbed objects", () => {
    const error = new Error("bad 010280-952L");
    expect(scrubSensitive({ error })).toMatchObject({ error: { type: "Error", message: "bad [hetu]" } });
    expect(JSON.stringify(scrubSensitive(error))).not.toContain("010280-952L");
  });

  it("hides binary contents and keeps other primitives", () => {
    expect(scrubSensitive({ file: Buffer.from("secret"), n: 5, ok: true, nothing: null })).toEqual({
      file: "[binary 6 bytes]",
      n: 5,
      ok: true,
      nothing: null,
    });
  });

  it("scrubs what toJSON returns, such as URLs with tokens", () => {
    expect(scrubSensitive({ url: new URL("https://x.fi/r?token=abc&x=1") })).toEqual({
      url: "https://x.fi/r?token=[redacted]&x=1",
    });
  });

  it("leaves out live handles a library attached to an error, keeping its code and message", () => {
    const error = Object.assign(new Error("terminating connection due to administrator command"), {
      code: "57P01",
      client: { connectionParameters: { user: "postgres", password: "salainen" }, _types: { builtins: {} } },
      socket: { remoteAddress: "127.0.0.1" },
    });
    const scrubbed = scrubSensitive({ err: error }) as { err: Record<string, unknown> };
    expect(scrubbed.err).toMatchObject({ code: "57P01", message: error.message });
    expect(scrubbed.err).not.toHaveProperty("client");
    expect(scrubbed.err).not.toHaveProperty("socket");
    expect(JSON.stringify(scrubbed)).not.toContain("connectionParameters");
  });
});
