// Versioned envelopes for AES-256-GCM ciphertexts. Both forms carry the key id so that rotation knows which
// key to use. Text form (for text columns):  v1.<keyId>.<iv b64url>.<tag b64url>.<ciphertext b64url>
// Binary form (for bytea/files): "LMK" | version (1) | keyId length (1) | keyId | iv (12) | tag (16) | ciphertext
import { DecryptionError } from "@/lib/crypto/decryption-error";

export const IV_LENGTH_BYTES = 12;
export const TAG_LENGTH_BYTES = 16;
export const ENVELOPE_VERSION = 1;

const STRING_PREFIX = `v${ENVELOPE_VERSION}`;
const BINARY_MAGIC = Buffer.from("LMK", "ascii");
const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
const BASE64URL_PATTERN = /^[A-Za-z0-9_-]*$/;

export type TEnvelope = {
  version: number;
  keyId: string;
  iv: Buffer;
  tag: Buffer;
  ciphertext: Buffer;
};

function malformed(detail: string): DecryptionError {
  return new DecryptionError("malformed", `Encrypted value is malformed: ${detail}`);
}

function checkParts(envelope: TEnvelope): TEnvelope {
  if (!KEY_ID_PATTERN.test(envelope.keyId)) throw malformed("invalid key id");
  if (envelope.iv.length !== IV_LENGTH_BYTES) throw malformed("wrong IV length");
  if (envelope.tag.length !== TAG_LENGTH_BYTES) throw malformed("wrong tag length");
  return envelope;
}

function decodeBase64Url(part: string, name: string): Buffer {
  if (!BASE64URL_PATTERN.test(part)) throw malformed(`${name} is not base64url`);
  const bytes = Buffer.from(part, "base64url");
  // Node ignores trailing bits; a changed last character must not decode to the same bytes unnoticed.
  if (bytes.toString("base64url") !== part) throw malformed(`${name} is not canonical base64url`);
  return bytes;
}

export function formatStringEnvelope(envelope: TEnvelope): string {
  return [
    `v${envelope.version}`,
    envelope.keyId,
    envelope.iv.toString("base64url"),
    envelope.tag.toString("base64url"),
    envelope.ciphertext.toString("base64url"),
  ].join(".");
}

export function parseStringEnvelope(text: string): TEnvelope {
  const parts = text.split(".");
  if (parts.length !== 5) throw malformed("expected 5 dot-separated parts");
  const [version, keyId, iv, tag, ciphertext] = parts as [string, string, string, string, string];
  if (version !== STRING_PREFIX) {
    throw new DecryptionError("unsupported-version", "Encrypted value has an unsupported format version");
  }
  return checkParts({
    version: ENVELOPE_VERSION,
    keyId,
    iv: decodeBase64Url(iv, "IV"),
    tag: decodeBase64Url(tag, "tag"),
    ciphertext: decodeBase64Url(ciphertext, "ciphertext"),
  });
}

export function formatBinaryEnvelope(envelope: TEnvelope): Buffer {
  const keyId = Buffer.from(envelope.keyId, "ascii");
  return Buffer.concat([
    BINARY_MAGIC,
    Buffer.from([envelope.version, keyId.length]),
    keyId,
    envelope.iv,
    envelope.tag,
    envelope.ciphertext,
  ]);
}

export function parseBinaryEnvelope(bytes: Uint8Array): TEnvelope {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = BINARY_MAGIC.length + 2;
  if (buffer.length < headerLength || !buffer.subarray(0, BINARY_MAGIC.length).equals(BINARY_MAGIC)) {
    throw malformed("missing header");
  }
  const version = buffer[BINARY_MAGIC.length];
  if (version !== ENVELOPE_VERSION) {
    throw new DecryptionError("unsupported-version", "Encrypted value has an unsupported format version");
  }
  const keyIdLength = buffer[BINARY_MAGIC.length + 1] ?? 0;
  const ivStart = headerLength + keyIdLength;
  const tagStart = ivStart + IV_LENGTH_BYTES;
  const ciphertextStart = tagStart + TAG_LENGTH_BYTES;
  if (buffer.length < ciphertextStart) throw malformed("too short");
  return checkParts({
    version,
    keyId: buffer.subarray(headerLength, ivStart).toString("ascii"),
    iv: Buffer.from(buffer.subarray(ivStart, tagStart)),
    tag: Buffer.from(buffer.subarray(tagStart, ciphertextStart)),
    ciphertext: Buffer.from(buffer.subarray(ciphertextStart)),
  });
}

/** Data bound into the GCM tag: the format version and key id, then the caller's associated data. */
export function authenticatedData(
  envelope: Pick<TEnvelope, "version" | "keyId">,
  associatedData?: string | Uint8Array,
): Buffer {
  const header = Buffer.from(`lomake.v${envelope.version}.${envelope.keyId}.`, "utf8");
  if (associatedData === undefined) return header;
  const extra = typeof associatedData === "string" ? Buffer.from(associatedData, "utf8") : associatedData;
  return Buffer.concat([header, extra]);
}
