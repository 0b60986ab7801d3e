// Errors of the Suomi.fi Messages clients, split by what the caller should do next:
// retry later (timeouts, network faults, 5xx, 429) or stop and fix something (4xx, bad data).

export type TSuomifiErrorDetails = {
  endpoint: string;
  status?: number;
  /** The `traceid` response header, when Suomi.fi sent one; quote it when contacting DVV support. */
  traceId?: string;
  /** Error code found in the response body, e.g. MAILBOX_NOT_IN_USE. */
  errorCode?: string;
  reason?: string;
  cause?: unknown;
};

export abstract class SuomifiError extends Error {
  readonly endpoint: string;
  readonly status?: number;
  readonly traceId?: string;
  readonly errorCode?: string;
  readonly reason?: string;
  abstract readonly isRetryable: boolean;

  constructor(message: string, details: TSuomifiErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.endpoint = details.endpoint;
    this.status = details.status;
    this.traceId = details.traceId;
    this.errorCode = details.errorCode;
    this.reason = details.reason;
  }
}

export class SuomifiRetryableError extends SuomifiError {
  readonly isRetryable = true;
}

export class SuomifiPermanentError extends SuomifiError {
  readonly isRetryable = false;
}

export function isRetryableStatus(status: number): boolean {
  return status >= 500 || status === 429 || status === 408;
}

/** Finds an error code in any of the body shapes seen in clients: flat `errorCode` or `validationErrors[].errorCode`. */
export function findErrorCode(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record.errorCode === "string") return record.errorCode;
  if (Array.isArray(record.validationErrors)) {
    for (const item of record.validationErrors) {
      const code = findErrorCode(item);
      if (code) return code;
    }
  }
  return undefined;
}

export function findReason(body: unknown): string | undefined {
  if (typeof body !== "object" || body === null) return undefined;
  const reason = (body as Record<string, unknown>).reason;
  return typeof reason === "string" ? reason.slice(0, 500) : undefined;
}
