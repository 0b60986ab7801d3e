// Encryption keys by id. The first key is the current one (used for new values); older keys stay so that
// values written with them can still be read until they are re-encrypted.
import "server-only";

import { readFileSync } from "node:fs";

import { loadDevKeys } from "@/lib/crypto/dev-keys";
import { getEnv } from "@/lib/env";

export const KEY_LENGTH_BYTES = 32;

/** Key ids appear in envelopes ("v1.<keyId>. ..."), so no dots, colons or spaces. */
const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const BASE64_PATTERN = /^[A-Za-z0-9+/_-]+={0,2}$/;

export class KeyringError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "KeyringError";
  }
}

export type TKeySpec = { id: string; key: string | Uint8Array };

export type TKeyring = {
  /** Id of the key used for new values. */
  readonly currentKeyId: string;
  /** All key ids, current first. */
  readonly keyIds: readonly string[];
  /** Key material, or undefined for an unknown id. Kept in a closure so the keyring never serialises it. */
  getKey(keyId: string): Buffer | undefined;
};

/** Decodes standard or URL-safe base64, padded or not, and refuses anything else. */
export function decodeBase64Key(text: string, label: string): Buffer {
  const trimmed = text.trim();
  if (!BASE64_PATTERN.test(trimmed)) throw new KeyringError(`${label} is not base64`);
  return Buffer.from(trimmed.replace(/-/g, "+").replace(/_/g, "/"), "base64");
}

/** Parses "id1:base64key,id2:base64key" or the file form (one per line, # comments). */
export function parseKeyringSpec(text: string, source = "key specification"): TKeySpec[] {
  const specs: TKeySpec[] = [];
  for (const rawLine of text.split(/[\n,]/)) {
    const line = rawLine.replace(/#.*$/, "").trim();
    if (line === "") continue;
    const separator = line.indexOf(":");
    if (separator <= 0) {
      throw new KeyringError(`${source}: each key must be written as "id:base64key"`);
    }
    specs.push({ id: line.slice(0, separator).trim(), key: line.slice(separator + 1).trim() });
  }
  return specs;
}

export function createKeyring(spec: string | readonly TKeySpec[], source = "key specification"): TKeyring {
  const specs = typeof spec === "string" ? parseKeyringSpec(spec, source) : spec;
  if (specs.length === 0) throw new KeyringError(`${source}: no encryption keys given`);

  const keys = new Map<string, Buffer>();
  for (const { id, key } of specs) {
    if (!KEY_ID_PATTERN.test(id)) {
      throw new KeyringError(`${source}: key id "${id}" may only contain letters, digits, "_" and "-"`);
    }
    if (keys.has(id)) throw new KeyringError(`${source}: duplicate key id "${id}"`);
    const bytes = typeof key === "string" ? decodeBase64Key(key, `${source}: key "${id}"`) : Buffer.from(key);
    if (bytes.length !== KEY_LENGTH_BYTES) {
      throw new KeyringError(
        `${source}: key "${id}" must be ${KEY_LENGTH_BYTES} bytes (got ${bytes.length}); ` +
          "generate one with: openssl rand -base64 32",
      );
    }
    keys.set(id, bytes);
  }
  const keyIds = Object.freeze([...keys.keys()]);
  const currentKeyId = keyIds[0];
  if (currentKeyId === undefined) throw new KeyringError(`${source}: no encryption keys given`);

  return Object.freeze({
    currentKeyId,
    keyIds,
    getKey: (keyId: string) => keys.get(keyId),
  });
}

function loadKeyring(): TKeyring {
  const env = getEnv();
  if (env.LOMAKE_ENCRYPTION_KEYS && env.LOMAKE_ENCRYPTION_KEY_FILE) {
    throw new KeyringError("Set either LOMAKE_ENCRYPTION_KEYS or LOMAKE_ENCRYPTION_KEY_FILE, not both");
  }
  if (env.LOMAKE_ENCRYPTION_KEYS) {
    return createKeyring(env.LOMAKE_ENCRYPTION_KEYS, "LOMAKE_ENCRYPTION_KEYS");
  }
  if (env.LOMAKE_ENCRYPTION_KEY_FILE) {
    let text: string;
    try {
      text = readFileSync(env.LOMAKE_ENCRYPTION_KEY_FILE, "utf8");
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? "unreadable";
      throw new KeyringError(`LOMAKE_ENCRYPTION_KEY_FILE: cannot read the key file (${reason})`);
    }
    return createKeyring(text, "LOMAKE_ENCRYPTION_KEY_FILE");
  }
  if (env.isProduction) {
    throw new KeyringError(
      "LOMAKE_ENCRYPTION_KEYS (or LOMAKE_ENCRYPTION_KEY_FILE) must be set in production: " +
        '"id:base64key", the key made with: openssl rand -base64 32',
    );
  }
  return createKeyring(loadDevKeys().encryptionKeys, ".data/dev-keys.json");
}

let cached: TKeyring | undefined;

/** The configured keyring, read once per process. */
export function getKeyring(): TKeyring {
  cached ??= loadKeyring();
  return cached;
}

/** Tests change the environment between cases; they call this to re-read the keys. */
export function resetKeyringCache(): void {
  cached = undefined;
}
