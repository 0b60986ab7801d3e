import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { z } from "zod";

import { DecryptionError } from "@/lib/crypto/decryption-error";
import {
  decryptBytes,
  decryptJson,
  decryptString,
  encryptBytes,
  encryptJson,
  encryptString,
  isEncryptedString,
  needsReEncryption,
  reEncrypt,
} from "@/lib/crypto/encrypt-value";
import { createKeyring, type TKeySpec } from "@/lib/crypto/keyring";

const oldKey: TKeySpec = { id: "k2025", key: randomBytes(32) };
const newKey: TKeySpec = { id: "k2026", key: randomBytes(32) };
const keyring = createKeyring([oldKey]);

function flipCharacter(text: string, index: number): string {
  const character = text[index];
  const replacement = character === "A" ? "B" : "A";
  return text.slice(0, index) + replacement + text.slice(index + 1);
}

function expectDecryptionError(action: () => unknown, reason?: DecryptionError["reason"]): void {
  let caught: unknown;
  try {
    action();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DecryptionError);
  if (reason) expect((caught as DecryptionError).reason).toBe(reason);
}

describe("string envelope", () => {
  it("round-trips text including ä ö å and emoji", () => {
    const text = "Hyvää päivää, Åsa Öberg! 010280-952L 🇫🇮";
    const envelope = encryptString(text, { keyring });
    expect(envelope).toMatch(/^v1\.k2025\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(envelope).not.toContain("010280");
    expect(decryptString(envelope, { keyring })).toBe(text);
  });

  it("round-trips the empty string", () => {
    expect(decryptString(encryptString("", { keyring }), { keyring })).toBe("");
  });

  it("uses a fresh IV each time", () => {
    expect(encryptString("same", { keyring })).not.toBe(encryptString("same", { keyring }));
  });

  it.each([
    ["version", 0],
    ["key id", 1],
    ["iv", 2],
    ["tag", 3],
    ["ciphertext", 4],
  ])("refuses a changed %s", (_part, partIndex) => {
    const envelope = encryptString("salainen arvo", { keyring });
    const parts = envelope.split(".");
    const part = parts[partIndex] ?? "";
    for (const index of [0, Math.floor(part.length / 2), part.length - 1]) {
      const tampered = [...parts];
      tampered[partIndex] = flipCharacter(part, index);
      expectDecryptionError(() => decryptString(tampered.join("."), { keyring }));
    }
  });

  it("refuses truncated or garbage input", () => {
    const envelope = encryptString("x", { keyring });
    expectDecryptionError(() => decryptString(envelope.slice(0, -3), { keyring }));
    expectDecryptionError(() => decryptString("plain text", { keyring }), "malformed");
    expectDecryptionError(() => decryptString("v2.k2025.a.b.c", { keyring }), "unsupported-version");
  });

  it("binds associated data", () => {
    const envelope = encryptString("vastaus", { keyring, associatedData: "answers:row-1" });
    expect(decryptString(envelope, { keyring, associatedData: "answers:row-1" })).toBe("vastaus");
    expectDecryptionError(
      () => decryptString(envelope, { keyring, associatedData: "answers:row-2" }),
      "authentication-failed",
    );
    expectDecryptionError(() => decryptString(envelope, { keyring }), "authentication-failed");
  });

  it("refuses an unknown key id", () => {
    const envelope = encryptString("x", { keyring: createKeyring([newKey]) });
    expectDecryptionError(() => decryptString(envelope, { keyring }), "unknown-key");
  });

  it("refuses the right key id with different key material", () => {
    const envelope = encryptString("x", { keyring });
    const impostor = createKeyring([{ id: oldKey.id, key: randomBytes(32) }]);
    expectDecryptionError(() => decryptString(envelope, { keyring: impostor }), "authentication-failed");
  });

  it("recognises its own envelopes", () => {
    expect(isEncryptedString(encryptString("x", { keyring }))).toBe(true);
    expect(isEncryptedString("hello.world")).toBe(false);
  });
});

describe("binary envelope", () => {
  it("round-trips bytes", () => {
    const bytes = randomBytes(1000);
    const envelope = encryptBytes(bytes, { keyring });
    expect(envelope.subarray(0, 3).toString("ascii")).toBe("LMK");
    expect(decryptBytes(envelope, { keyring }).equals(bytes)).toBe(true);
  });

  it("refuses a flipped byte anywhere", () => {
    const envelope = encryptBytes(Buffer.from("liite.pdf sisältö"), { keyring, associatedData: "file:1" });
    for (let index = 0; index < envelope.length; index += 1) {
      const tampered = Buffer.from(envelope);
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      expectDecryptionError(() => decryptBytes(tampered, { keyring, associatedData: "file:1" }));
    }
  });

  it("binds associated data", () => {
    const envelope = encryptBytes(Buffer.from("a"), { keyring, associatedData: Buffer.from([1, 2]) });
    expectDecryptionError(
      () => decryptBytes(envelope, { keyring, associatedData: Buffer.from([1, 3]) }),
      "authentication-failed",
    );
  });
});

describe("json", () => {
  it("round-trips a value", () => {
    const value = { nimi: "Äijä Öhman", ikä: 42, lapset: ["Åke"], ok: true };
    expect(decryptJson(encryptJson(value, { keyring }), { keyring })).toEqual(value);
  });

  it("validates with a schema when given", () => {
    const envelope = encryptJson({ count: "many" }, { keyring });
    const schema = z.object({ count: z.number() });
    expect(() => decryptJson(envelope, { keyring, schema })).toThrow();
    const typed: { count: number } = decryptJson(encryptJson({ count: 3 }, { keyring }), {
      keyring,
      schema,
    });
    expect(typed.count).toBe(3);
  });
});

describe("key rotation", () => {
  it("reads old values after a new key is added and moves them to the new key", () => {
    const original = encryptString("henkilötiedot", { keyring, associatedData: "people:7" });
    const bytesOriginal = encryptBytes(Buffer.from("liite"), { keyring });

    const rotated = createKeyring([newKey, oldKey]);
    expect(rotated.currentKeyId).toBe("k2026");
    expect(needsReEncryption(original, rotated)).toBe(true);
    expect(decryptString(original, { keyring: rotated, associatedData: "people:7" })).toBe("henkilötiedot");
    expect(encryptString("uusi", { keyring: rotated })).toMatch(/^v1\.k2026\./);

    const moved = reEncrypt(original, rotated, { associatedData: "people:7" });
    const bytesMoved = reEncrypt(bytesOriginal, rotated);
    expect(moved).toMatch(/^v1\.k2026\./);
    expect(needsReEncryption(moved, rotated)).toBe(false);
    expect(needsReEncryption(bytesMoved, rotated)).toBe(false);

    const newOnly = createKeyring([newKey]);
    expect(decryptString(moved, { keyring: newOnly, associatedData: "people:7" })).toBe("henkilötiedot");
    expect(decryptBytes(bytesMoved, { keyring: newOnly }).toString()).toBe("liite");
    expectDecryptionError(() => decryptString(original, { keyring: newOnly }), "unknown-key");
  });

  it("refuses to re-encrypt with the wrong associated data", () => {
    const original = encryptString("x", { keyring, associatedData: "people:7" });
    expectDecryptionError(
      () => reEncrypt(original, createKeyring([newKey, oldKey]), { associatedData: "people:8" }),
      "authentication-failed",
    );
  });
});
