// Masks secrets and personal identity codes in anything about to leave the process as text (logs, error
// pages, audit details). Pure and browser-safe. Over-masking is preferred to leaking.

export const REDACTED = "[redacted]";
export const HETU_MASK = "[hetu]";

/** Keys whose values are never shown, at any depth (compared case-, "_"- and "-"-insensitively). */
export const SENSITIVE_KEYS = [
  "password",
  "passwordHash",
  "passwd",
  "newPassword",
  "currentPassword",
  "secret",
  "clientSecret",
  "token",
  "accessToken",
  "access_token",
  "refreshToken",
  "refresh_token",
  "idToken",
  "id_token",
  "authorization",
  "proxy-authorization",
  "cookie",
  "set-cookie",
  "apiKey",
  "api_key",
  "x-api-key",
  "privateKey",
  "encryptionKey",
  "hashKey",
  "otp",
  "credentials",
  "hetu",
  "henkilotunnus",
  "ssn",
  "personalIdentityCode",
  "nationalIdentificationNumber",
  "socialSecurityNumber",
] as const;

/** Any key ending like this is sensitive too ("resumeToken", "webhookSecret", "applicantHetu"). */
const SENSITIVE_SUFFIXES = [
  "password",
  "passwd",
  "secret",
  "token",
  "apikey",
  "privatekey",
  "hetu",
  "henkilotunnus",
];

const sensitiveNormalisedKeys = new Set(SENSITIVE_KEYS.map(normaliseKey));

function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[-_\s]/g, "");
}

export function isSensitiveKey(key: string): boolean {
  const normalised = normaliseKey(key);
  return (
    sensitiveNormalisedKeys.has(normalised) ||
    SENSITIVE_SUFFIXES.some((suffix) => normalised.endsWith(suffix))
  );
}

// Henkilötunnus: DDMMYY, century sign, individual number, check character. The date parts are checked so
// that ordinary numbers rarely match; the check character is not, so a mistyped code is still masked.
const HETU_PATTERN = /(?<!\d)(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d{2}[-+A-FU-Y]\d{3}[0-9A-Ya-y]/g;
const BEARER_PATTERN = /\b(bearer)\s+[A-Za-z0-9._~+/=-]+/gi;
const SECRET_QUERY_PATTERN =
  /([?&;](?:access_token|refresh_token|id_token|token|code|password|secret|api_?key|signature|sig)=)[^&#\s"'<>]+/gi;

export function scrubString(text: string): string {
  return text
    .replace(HETU_PATTERN, HETU_MASK)
    .replace(BEARER_PATTERN, `$1 ${REDACTED}`)
    .replace(SECRET_QUERY_PATTERN, `$1${REDACTED}`);
}

export type TScrubOptions = {
  /** Nesting below this depth is replaced by a marker. */
  maxDepth?: number;
};

const DEFAULT_MAX_DEPTH = 10;

type TWalk = { ancestors: Set<object>; maxDepth: number };

function readProperty(source: object, key: string): unknown {
  try {
    return (source as Record<string, unknown>)[key];
  } catch {
    return "[unreadable]";
  }
}

function scrubProperties(source: object, target: Record<string, unknown>, depth: number, walk: TWalk): void {
  for (const key of Object.keys(source)) {
    const value = readProperty(source, key);
    target[key] = isSensitiveKey(key) && value != null ? REDACTED : scrubValue(value, depth + 1, walk);
  }
}

/**
 * Live handles that libraries attach to their errors (pg's pool puts the whole Client on a connection error):
 * hundreds of lines of internals per log entry, and parameters that may include credentials. Never logged.
 */
const ERROR_HANDLE_KEYS = new Set(["client", "connection", "socket", "agent"]);

function scrubError(error: Error, depth: number, walk: TWalk): Record<string, unknown> {
  const constructorName = typeof error.constructor === "function" ? error.constructor.name : undefined;
  const result: Record<string, unknown> = {
    type: constructorName && constructorName !== "Object" ? constructorName : error.name,
    message: scrubString(String(error.message)),
  };
  if (typeof error.stack === "string") result.stack = scrubString(error.stack);
  scrubProperties(error, result, depth, walk);
  for (const key of ERROR_HANDLE_KEYS) {
    if (key in result && typeof readProperty(error, key) === "object") delete result[key];
  }
  if (error.cause !== undefined) result.cause = scrubValue(error.cause, depth + 1, walk);
  if (error instanceof AggregateError) result.errors = scrubValue(error.errors, depth + 1, walk);
  return result;
}

function hasToJson(value: object): value is { toJSON: () => unknown } {
  return typeof (value as { toJSON?: unknown }).toJSON === "function";
}

function scrubValue(value: unknown, depth: number, walk: TWalk): unknown {
  if (typeof value === "string") return scrubString(value);
  if (typeof value !== "object" || value === null) return value;
  if (value instanceof Date) return value;
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[binary ${value.byteLength} bytes]`;
  if (walk.ancestors.has(value)) return "[circular]";
  if (depth >= walk.maxDepth) return "[too deep]";

  walk.ancestors.add(value);
  try {
    if (value instanceof Error) return scrubError(value, depth, walk);
    if (Array.isArray(value)) return value.map((item: unknown) => scrubValue(item, depth + 1, walk));
    if (value instanceof Map) return scrubValue(Object.fromEntries(value), depth, walk);
    if (value instanceof Set) return scrubValue([...value], depth, walk);
    if (hasToJson(value)) {
      // URL, Decimal and the like: scrub what JSON.stringify would write.
      let json: unknown;
      try {
        json = value.toJSON();
      } catch {
        return "[unserialisable]";
      }
      return json === value ? "[circular]" : scrubValue(json, depth + 1, walk);
    }
    const result: Record<string, unknown> = {};
    scrubProperties(value, result, depth, walk);
    return result;
  } finally {
    walk.ancestors.delete(value);
  }
}

/**
 * A copy of `value` with sensitive keys redacted, henkilötunnus-shaped text replaced by "[hetu]", bearer
 * tokens and secret query parameters masked, and Errors turned into plain { type, message, stack, ... }
 * objects. Safe with cycles; never changes its input.
 */
export function scrubSensitive(value: unknown, options: TScrubOptions = {}): unknown {
  return scrubValue(value, 0, { ancestors: new Set(), maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH });
}

/** scrubSensitive for a record of fields (log objects, bindings); keeps the record shape. */
export function scrubRecord(
  record: Record<string, unknown>,
  options: TScrubOptions = {},
): Record<string, unknown> {
  const walk: TWalk = { ancestors: new Set([record]), maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH };
  const result: Record<string, unknown> = {};
  scrubProperties(record, result, 0, walk);
  return result;
}
