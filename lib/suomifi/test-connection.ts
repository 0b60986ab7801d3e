// What the admin "test connection" button calls: log in, then read one page of events.
import type { TOnSuomifiCall } from "./call-record";
import { isOutboundBlockedError } from "@/lib/http/guarded-fetch";
import { SuomifiError } from "./errors";
import { createSuomifiRestClient } from "./rest-client";

export type TSuomifiConnectionConfig = {
  baseUrl: string;
  username: string;
  password: string;
  timeoutMs?: number;
  onCall?: TOnSuomifiCall;
  fetch?: typeof fetch;
};

export type TConnectionTestResult =
  | { isOk: true; tokenExpiresInSeconds: number; durationMs: number }
  | {
      isOk: false;
      /**
       * "credentials": token refused; "unavailable": timeout, network, 5xx; "rejected": any other 4xx;
       * "blocked": the address is not allowed (never connected, whatever listens there).
       */
      problem: "credentials" | "unavailable" | "rejected" | "blocked";
      step: "token" | "events";
      status?: number;
      traceId?: string;
      errorCode?: string;
      durationMs: number;
    };

export async function testConnection(config: TSuomifiConnectionConfig): Promise<TConnectionTestResult> {
  const startedAt = performance.now();
  const client = createSuomifiRestClient({
    baseUrl: config.baseUrl,
    username: config.username,
    getPassword: () => config.password,
    timeoutMs: config.timeoutMs,
    onCall: config.onCall,
    fetch: config.fetch,
    retry: { attempts: 1 },
    logger: { warn: () => undefined },
  });
  let step: "token" | "events" = "token";
  try {
    const token = await client.checkLogin();
    step = "events";
    await client.getEvents();
    return {
      isOk: true,
      tokenExpiresInSeconds: token.expiresInSeconds,
      durationMs: Math.round(performance.now() - startedAt),
    };
  } catch (error) {
    if (!(error instanceof SuomifiError)) throw error;
    const problem = isOutboundBlockedError(error)
      ? "blocked"
      : error.isRetryable
        ? "unavailable"
        : step === "token" || error.status === 401 || error.status === 403
          ? "credentials"
          : "rejected";
    return {
      isOk: false,
      problem,
      step,
      status: error.status,
      traceId: error.traceId,
      errorCode: error.errorCode,
      durationMs: Math.round(performance.now() - startedAt),
    };
  }
}
