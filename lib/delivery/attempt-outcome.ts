// Outcomes of a recorded delivery attempt (DeliveryAttempt.outcome).
/** The request went out and its answer was never recorded (yet): a worker died mid-request, or it is running. */
export const ATTEMPT_STARTED = "started";

export type TAttemptRecordOutcome =
  typeof ATTEMPT_STARTED | "success" | "retryable-error" | "permanent-error" | "blocked" | "test";
