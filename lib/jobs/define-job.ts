// A job is a name, a zod payload schema and a handler. Registered in job-registry.ts, worked by scripts/worker.ts.
import type { z } from "zod";
import type { TLogger } from "@/lib/log/logger";

export type TJobContext = { jobId: string; logger: TLogger };

export type TJobDefinition<TSchema extends z.ZodType = z.ZodType> = {
  name: string;
  schema: TSchema;
  handler: (payload: z.output<TSchema>, context: TJobContext) => Promise<void>;
  /** Cron (minute precision) on which the worker sends this job with an empty payload. */
  schedule?: () => string | undefined;
  /**
   * Seconds between sends of this job with an empty payload, for periods cron cannot express (under a minute).
   * When it returns a number, it replaces `schedule`.
   */
  intervalSeconds?: () => number | undefined;
  /** Jobs with the same key are not queued twice at once (pg-boss singleton), e.g. one poll per connection. */
  singletonKey?: (payload: z.output<TSchema>) => string;
  /** "stately": at most one queued and one running job per singleton key. */
  policy?: "standard" | "stately";
  retryLimit?: number;
  expireInSeconds?: number;
  /**
   * "pipeline" (the default): the citizen's data on its way (retrieval, receipts, deliveries, exports a handler
   * waits for): WORKER_CONCURRENCY slots, each asking for work every 2 s and woken at once by a send from its own
   * process. "housekeeping" (purges, health figures, backfills): one slot asking every 10 s, so an idle worker
   * does not spend most of its queries on jobs that run a few times an hour.
   */
  lane?: TJobLane;
};

export type TJobLane = "pipeline" | "housekeeping";

/** How a lane is worked: slots per worker (null: WORKER_CONCURRENCY) and seconds between a slot's fetches. */
export const JOB_LANES: Record<TJobLane, { slots: number | null; pollingIntervalSeconds: number }> = {
  pipeline: { slots: null, pollingIntervalSeconds: 2 },
  housekeeping: { slots: 1, pollingIntervalSeconds: 10 },
};

export function defineJob<TSchema extends z.ZodType>(
  definition: TJobDefinition<TSchema>,
): TJobDefinition<TSchema> {
  return definition;
}
