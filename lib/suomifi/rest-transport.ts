// One HTTP exchange with the Suomi.fi Messages REST API: timeout, bounded retries with backoff,
// a cached access token renewed before expiry and once on 401, and a record of every attempt.
import type { TOnSuomifiCall, TSuomifiCallOutcome } from "./call-record";
import {
  findErrorCode,
  findReason,
  isRetryableStatus,
  SuomifiPermanentError,
  SuomifiRetryableError,
} from "./errors";
import { ZTokenResponse } from "./rest-schemas";

export type TSuomifiLogger = { warn: (details: Record<string, unknown>, message: string) => void };

export type TSuomifiRestConfig = {
  /** e.g. https://api.messages-qa.suomi.fi or the sandbox origin; paths are appended as absolute paths. */
  baseUrl: string;
  username: string;
  /** Read on every token request, so a rotated password is picked up without a restart. */
  getPassword: () => string | Promise<string>;
  /** Per attempt; default 15 000 ms (the app passes SUOMIFI_REST_TIMEOUT_MS). */
  timeoutMs?: number;
  /** Attachment downloads stream for longer; default 4 × timeoutMs. */
  downloadTimeoutMs?: number;
  retry?: { attempts?: number; baseDelayMs?: number; maxDelayMs?: number };
  onCall?: TOnSuomifiCall;
  logger?: TSuomifiLogger;
  fetch?: typeof fetch;
  now?: () => Date;
  sleep?: (ms: number) => Promise<void>;
};

export type TSuomifiRequest = {
  method: "GET" | "POST";
  /** Concrete path, e.g. /v2/messages/123. */
  path: string;
  /** Path template for records and errors, e.g. /v2/messages/{messageId}. */
  endpoint: string;
  json?: unknown;
  form?: FormData;
  isAuthenticated: boolean;
  isRetryable: boolean;
  /** Statuses that are an answer, not an error (409 = already sent). */
  acceptedStatuses?: number[];
  /** Leave the body unread (streamed downloads). */
  isStream?: boolean;
};

export type TSuomifiResponse = { response: Response; body: unknown; traceId?: string };

const defaultLogger: TSuomifiLogger = {
  warn: (details, message) => console.warn(JSON.stringify({ level: "warn", message, ...details })),
};

export function createSuomifiTransport(config: TSuomifiRestConfig) {
  const baseUrl = config.baseUrl.replace(/\/+$/, "");
  const fetchImpl = config.fetch ?? fetch;
  const now = config.now ?? (() => new Date());
  const timeoutMs = config.timeoutMs ?? 15_000;
  const maxAttempts = Math.max(1, config.retry?.attempts ?? 3);
  const baseDelayMs = config.retry?.baseDelayMs ?? 500;
  const maxDelayMs = config.retry?.maxDelayMs ?? 8_000;
  const sleep = config.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const logger = config.logger ?? defaultLogger;

  let cachedToken: { value: string; renewAt: number } | undefined;
  let tokenRequest: Promise<string> | undefined;

  async function record(
    request: TSuomifiRequest,
    attempt: number,
    startedAt: number,
    outcome: TSuomifiCallOutcome,
    extra: { status?: number; traceId?: string; errorCode?: string },
  ) {
    if (!config.onCall) return;
    try {
      await config.onCall({
        endpoint: request.endpoint,
        method: request.method,
        durationMs: Math.round(performance.now() - startedAt),
        attempt,
        outcome,
        ...extra,
      });
    } catch (error) {
      logger.warn({ endpoint: request.endpoint, error: String(error) }, "Recording a Suomi.fi call failed");
    }
  }

  async function send(request: TSuomifiRequest, token: string | undefined): Promise<Response> {
    const headers: Record<string, string> = { Accept: "application/json" };
    let body: BodyInit | undefined;
    if (request.json !== undefined) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(request.json);
    } else if (request.form) {
      body = request.form;
    }
    if (token) headers.Authorization = `Bearer ${token}`;
    const timeout = request.isStream ? (config.downloadTimeoutMs ?? timeoutMs * 4) : timeoutMs;
    return fetchImpl(`${baseUrl}${request.path}`, {
      method: request.method,
      headers,
      body,
      signal: AbortSignal.timeout(timeout),
      redirect: "error",
    });
  }

  async function readBody(response: Response): Promise<unknown> {
    const text = await response.text();
    if (!text) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }

  async function execute(request: TSuomifiRequest): Promise<TSuomifiResponse> {
    let attempt = 0;
    let failures = 0;
    let hasRenewedToken = false;
    for (;;) {
      attempt += 1;
      const token = request.isAuthenticated ? await getToken() : undefined;
      const startedAt = performance.now();
      let response: Response;
      try {
        response = await send(request, token);
      } catch (cause) {
        const isTimeout = cause instanceof Error && cause.name === "TimeoutError";
        await record(request, attempt, startedAt, "retryable-error", {});
        failures += 1;
        if (request.isRetryable && failures < maxAttempts) {
          await sleep(backoff(failures));
          continue;
        }
        logger.warn(
          { endpoint: request.endpoint, attempt, isTimeout },
          "Suomi.fi call failed without a response",
        );
        throw new SuomifiRetryableError(
          isTimeout ? `Suomi.fi ${request.endpoint} timed out` : `Suomi.fi ${request.endpoint} unreachable`,
          { endpoint: request.endpoint, cause },
        );
      }
      const traceId = response.headers.get("traceid") ?? undefined;
      const status = response.status;
      if (response.ok || request.acceptedStatuses?.includes(status)) {
        const body = request.isStream && response.ok ? undefined : await readBody(response);
        const outcome = response.ok ? "success" : "duplicate";
        await record(request, attempt, startedAt, outcome, { status, traceId });
        return { response, body, traceId };
      }
      const body = await readBody(response);
      const errorCode = findErrorCode(body);
      const reason = findReason(body);
      if (status === 401 && request.isAuthenticated && !hasRenewedToken) {
        await record(request, attempt, startedAt, "retryable-error", { status, traceId, errorCode });
        hasRenewedToken = true;
        cachedToken = undefined;
        continue;
      }
      const isRetryable = isRetryableStatus(status);
      await record(request, attempt, startedAt, isRetryable ? "retryable-error" : "permanent-error", {
        status,
        traceId,
        errorCode,
      });
      if (isRetryable) {
        failures += 1;
        if (request.isRetryable && failures < maxAttempts) {
          await sleep(backoff(failures));
          continue;
        }
      }
      logger.warn(
        { endpoint: request.endpoint, status, traceId, errorCode, attempt },
        "Suomi.fi call failed",
      );
      const details = { endpoint: request.endpoint, status, traceId, errorCode, reason };
      const message = `Suomi.fi ${request.method} ${request.endpoint} answered ${status}${errorCode ? ` ${errorCode}` : ""}`;
      throw isRetryable
        ? new SuomifiRetryableError(message, details)
        : new SuomifiPermanentError(message, details);
    }
  }

  function backoff(failures: number): number {
    return Math.min(maxDelayMs, baseDelayMs * 2 ** (failures - 1));
  }

  /** Fetches a token without caching it; used for login checks and verifying a pending password. */
  async function requestToken(password: string): Promise<{ accessToken: string; expiresInSeconds: number }> {
    const { body } = await execute({
      method: "POST",
      path: "/v1/token",
      endpoint: "/v1/token",
      json: { username: config.username, password },
      isAuthenticated: false,
      isRetryable: true,
    });
    const parsed = ZTokenResponse.safeParse(body);
    if (!parsed.success) {
      throw new SuomifiPermanentError("Suomi.fi /v1/token answered an unexpected body", {
        endpoint: "/v1/token",
      });
    }
    return { accessToken: parsed.data.access_token, expiresInSeconds: parsed.data.expires_in };
  }

  async function getToken(): Promise<string> {
    if (cachedToken && now().getTime() < cachedToken.renewAt) return cachedToken.value;
    tokenRequest ??= (async () => {
      try {
        const token = await requestToken(await config.getPassword());
        // Renew a minute early (or at 90 % of a short lifetime) so a token never expires mid-call.
        const marginMs = Math.min(60_000, token.expiresInSeconds * 100);
        cachedToken = {
          value: token.accessToken,
          renewAt: now().getTime() + token.expiresInSeconds * 1000 - marginMs,
        };
        return token.accessToken;
      } finally {
        tokenRequest = undefined;
      }
    })();
    return tokenRequest;
  }

  return {
    execute,
    getToken,
    requestToken,
    forgetToken: () => {
      cachedToken = undefined;
    },
  };
}

export type TSuomifiTransport = ReturnType<typeof createSuomifiTransport>;
