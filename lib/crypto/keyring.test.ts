import { randomBytes } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { loadDevKeys } from "@/lib/crypto/dev-keys";
import { getHashKey, resetHashKeyCache } from "@/lib/crypto/hash-key";
import { createKeyring, getKeyring, KeyringError, resetKeyringCache } from "@/lib/crypto/keyring";
import { resetEnvCache } from "@/lib/env";

const key32 = () => randomBytes(32).toString("base64");

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), "lomake-keys-"));
});

afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
  vi.unstubAllEnvs();
  resetEnvCache();
  resetKeyringCache();
  resetHashKeyCache();
});

function useEnv(values: Record<string, string>): void {
  vi.stubEnv("LOMAKE_ENCRYPTION_KEYS", "");
  vi.stubEnv("LOMAKE_ENCRYPTION_KEY_FILE", "");
  vi.stubEnv("LOMAKE_HASH_KEY", "");
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
  resetEnvCache();
  resetKeyringCache();
  resetHashKeyCache();
}

describe("createKeyring", () => {
  it("parses the comma form; the first key is current", () => {
    const keyring = createKeyring(`new:${key32()}, old:${key32()}`);
    expect(keyring.currentKeyId).toBe("new");
    expect(keyring.keyIds).toEqual(["new", "old"]);
    expect(keyring.getKey("old")?.length).toBe(32);
    expect(keyring.getKey("missing")).toBeUndefined();
  });

  it("parses the file form with comments and blank lines, base64url too", () => {
    const urlSafe = randomBytes(32).toString("base64url");
    const keyring = createKeyring(`# rotated 2026-11\nk2:${urlSafe}\n\n# old\nk1:${key32()}\n`);
    expect(keyring.keyIds).toEqual(["k2", "k1"]);
    expect(keyring.getKey("k2")?.equals(Buffer.from(urlSafe, "base64url"))).toBe(true);
  });

  it("does not expose key material when serialised", () => {
    const secret = key32();
    expect(JSON.stringify(createKeyring(`k:${secret}`))).not.toContain(secret.slice(0, 10));
  });

  it.each([
    ["a key of the wrong length", `k:${randomBytes(16).toString("base64")}`, /32 bytes \(got 16\)/],
    ["a duplicate id", `k:${key32()},k:${key32()}`, /duplicate key id "k"/],
    ["a missing id", `${key32()}`, /id:base64key/],
    ["an id with a dot", `a.b:${key32()}`, /key id "a.b"/],
    ["a key that is not base64", "k:not*base64", /not base64/],
    ["nothing", " # only a comment ", /no encryption keys/],
  ])("refuses %s", (_name, spec, message) => {
    expect(() => createKeyring(spec, "LOMAKE_ENCRYPTION_KEYS")).toThrow(KeyringError);
    expect(() => createKeyring(spec, "LOMAKE_ENCRYPTION_KEYS")).toThrow(message);
  });

  it("does not put key material in error messages", () => {
    const short = randomBytes(16).toString("base64");
    let message = "";
    try {
      createKeyring(`k:${short}`);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/32 bytes/);
    expect(message).not.toContain(short);
  });
});

describe("getKeyring", () => {
  it("reads LOMAKE_ENCRYPTION_KEYS", () => {
    useEnv({ LOMAKE_ENCRYPTION_KEYS: `prod1:${key32()}` });
    expect(getKeyring().currentKeyId).toBe("prod1");
  });

  it("reads LOMAKE_ENCRYPTION_KEY_FILE", () => {
    const file = join(folder, "keys");
    writeFileSync(file, `# keys\nfile2:${key32()}\nfile1:${key32()}\n`);
    useEnv({ LOMAKE_ENCRYPTION_KEY_FILE: file });
    expect(getKeyring().keyIds).toEqual(["file2", "file1"]);
  });

  it("refuses to run without keys in production, naming the variable", () => {
    useEnv({ NODE_ENV: "production" });
    expect(() => getKeyring()).toThrow(/LOMAKE_ENCRYPTION_KEYS/);
    expect(() => getHashKey()).toThrow(/LOMAKE_HASH_KEY/);
  });

  it("refuses a short LOMAKE_HASH_KEY", () => {
    useEnv({ LOMAKE_HASH_KEY: randomBytes(8).toString("base64") });
    expect(() => getHashKey()).toThrow(/LOMAKE_HASH_KEY must be at least 32 bytes/);
  });
});

describe("loadDevKeys", () => {
  it("generates keys once and returns the same keys afterwards", () => {
    const file = join(folder, "nested", "dev-keys.json");
    const first = loadDevKeys(file);
    const second = loadDevKeys(file);
    expect(second).toEqual(first);
    expect(createKeyring(first.encryptionKeys).currentKeyId).toBe("dev");
    expect(Buffer.from(first.hashKey, "base64").length).toBe(32);
    expect(statSync(file).mode & 0o077).toBe(0);
    expect(JSON.parse(readFileSync(file, "utf8"))).toHaveProperty("hashKey", first.hashKey);
  });

  it("refuses a corrupt file instead of silently replacing the keys", () => {
    const file = join(folder, "dev-keys.json");
    writeFileSync(file, "{ not json");
    expect(() => loadDevKeys(file)).toThrow(/not a valid development key file/);
  });
});
