// Every external call to Suomi.fi passes through this hook so the app can persist it.
// Records never carry tokens, passwords, message bodies or personal identity codes.

export type TSuomifiCallOutcome = "success" | "duplicate" | "retryable-error" | "permanent-error";

export type TSuomifiCallRecord = {
  /** Path template, e.g. "/v2/messages/{messageId}"; never the concrete id. */
  endpoint: string;
  method: "GET" | "POST";
  /** HTTP status, absent when no response arrived (timeout, network fault). */
  status?: number;
  durationMs: number;
  /** 1 for the first try; counts retries and the replay after a token renewal. */
  attempt: number;
  traceId?: string;
  errorCode?: string;
  outcome: TSuomifiCallOutcome;
};

export type TOnSuomifiCall = (record: TSuomifiCallRecord) => void | Promise<void>;
