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
};

export function defineJob<TSchema extends z.ZodType>(
  definition: TJobDefinition<TSchema>,
): TJobDefinition<TSchema> {
  return definition;
}
