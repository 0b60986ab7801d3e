/** Exponential backoff with ±20 % jitter: 30 s, 1 min, 2 min, … capped at 6 h. `attempt` counts from 1. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(6 * 3_600_000, 30_000 * 2 ** Math.max(0, attempt - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}
