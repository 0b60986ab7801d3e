// Authenticated encryption (AES-256-GCM) of sensitive values at rest. Associated data (for example
// "submission_answers:<row id>") binds a ciphertext to its place, so a value copied to another row fails.
import "server-only";

import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import type { z } from "zod";

import { DecryptionError } from "@/lib/crypto/decryption-error";
import {
  authenticatedData,
  ENVELOPE_VERSION,
  formatBinaryEnvelope,
  formatStringEnvelope,
  IV_LENGTH_BYTES,
  parseBinaryEnvelope,
  parseStringEnvelope,
  TAG_LENGTH_BYTES,
  type TEnvelope,
} from "@/lib/crypto/envelope";
import { getKeyring, type TKeyring } from "@/lib/crypto/keyring";

export type TEncryptOptions = {
  /** Defaults to the configured keyring (getKeyring()). */
  keyring?: TKeyring;
  /** Must be given again, identical, to decrypt. */
  associatedData?: string | Uint8Array;
};

const ALGORITHM = "aes-256-gcm";

function seal(plaintext: Uint8Array, options: TEncryptOptions): TEnvelope {
  const keyring = options.keyring ?? getKeyring();
  const keyId = keyring.currentKeyId;
  const key = keyring.getKey(keyId);
  if (!key) throw new Error(`Current key "${keyId}" is missing from the keyring`);
  const iv = randomBytes(IV_LENGTH_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_LENGTH_BYTES });
  cipher.setAAD(authenticatedData({ version: ENVELOPE_VERSION, keyId }, options.associatedData));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { version: ENVELOPE_VERSION, keyId, iv, tag: cipher.getAuthTag(), ciphertext };
}

function open(envelope: TEnvelope, options: TEncryptOptions): Buffer {
  const keyring = options.keyring ?? getKeyring();
  const key = keyring.getKey(envelope.keyId);
  if (!key) {
    throw new DecryptionError("unknown-key", `Encrypted value uses unknown key id "${envelope.keyId}"`);
  }
  try {
    const decipher = createDecipheriv(ALGORITHM, key, envelope.iv, { authTagLength: TAG_LENGTH_BYTES });
    decipher.setAAD(authenticatedData(envelope, options.associatedData));
    decipher.setAuthTag(envelope.tag);
    return Buffer.concat([decipher.update(envelope.ciphertext), decipher.final()]);
  } catch {
    throw new DecryptionError(
      "authentication-failed",
      "Encrypted value failed authentication (tampered, wrong key or wrong associated data)",
    );
  }
}

function parseAny(envelope: string | Uint8Array): TEnvelope {
  return typeof envelope === "string" ? parseStringEnvelope(envelope) : parseBinaryEnvelope(envelope);
}

/** Encrypts text into the compact string envelope "v1.<keyId>.<iv>.<tag>.<ciphertext>". */
export function encryptString(plaintext: string, options: TEncryptOptions = {}): string {
  return formatStringEnvelope(seal(Buffer.from(plaintext, "utf8"), options));
}

export function decryptString(envelope: string, options: TEncryptOptions = {}): string {
  if (typeof envelope !== "string")
    throw new DecryptionError("malformed", "Encrypted value must be a string");
  return open(parseStringEnvelope(envelope), options).toString("utf8");
}

/** Encrypts bytes into the binary envelope (for bytea columns and stored files). */
export function encryptBytes(plaintext: Uint8Array, options: TEncryptOptions = {}): Buffer {
  return formatBinaryEnvelope(seal(plaintext, options));
}

export function decryptBytes(envelope: Uint8Array, options: TEncryptOptions = {}): Buffer {
  return open(parseBinaryEnvelope(envelope), options);
}

export function encryptJson(value: unknown, options: TEncryptOptions = {}): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError("encryptJson: value is not JSON-serialisable");
  return encryptString(json, options);
}

/** Decrypts and parses JSON; with `schema` the result is validated and typed. */
export function decryptJson(envelope: string, options?: TEncryptOptions): unknown;
export function decryptJson<T>(envelope: string, options: TEncryptOptions & { schema: z.ZodType<T> }): T;
export function decryptJson<T>(
  envelope: string,
  options: TEncryptOptions & { schema?: z.ZodType<T> } = {},
): unknown {
  const text = decryptString(envelope, options);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DecryptionError("malformed", "Decrypted value is not valid JSON");
  }
  return options.schema ? options.schema.parse(value) : value;
}

/** Whether a string envelope starts like one this module writes (does not check integrity). */
export function isEncryptedString(value: string): boolean {
  return /^v\d+\.[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(value);
}

/** True when the value was encrypted with a key other than the keyring's current key. */
export function needsReEncryption(envelope: string | Uint8Array, keyring: TKeyring = getKeyring()): boolean {
  return parseAny(envelope).keyId !== keyring.currentKeyId;
}

/**
 * Decrypts with the key named in the envelope and encrypts again with the current key, keeping the form
 * (string or bytes). The associated data must be the same as when the value was written.
 */
export function reEncrypt(
  envelope: string,
  keyring?: TKeyring,
  options?: Pick<TEncryptOptions, "associatedData">,
): string;
export function reEncrypt(
  envelope: Uint8Array,
  keyring?: TKeyring,
  options?: Pick<TEncryptOptions, "associatedData">,
): Buffer;
export function reEncrypt(
  envelope: string | Uint8Array,
  keyring: TKeyring = getKeyring(),
  options: Pick<TEncryptOptions, "associatedData"> = {},
): string | Buffer {
  const settings: TEncryptOptions = { keyring, associatedData: options.associatedData };
  const plaintext = open(parseAny(envelope), settings);
  const sealed = seal(plaintext, settings);
  plaintext.fill(0);
  return typeof envelope === "string" ? formatStringEnvelope(sealed) : formatBinaryEnvelope(sealed);
}
