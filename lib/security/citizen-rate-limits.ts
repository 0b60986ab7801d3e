import "server-only";
import { consumeRateLimit, type TRateLimitResult, type TRateLimitRule } from "@/lib/security/rate-limit";

const TEN_MINUTES = 10 * 60_000;
/** A shared address's counter is spread over this many rows, so one address's saves do not queue on one lock. */
const IP_SHARDS = 16;

/**
 * Limits for citizen endpoints. Per draft they stop a script hammering one form; per IP they are high, because
 * a school, a library or a mobile operator's NAT puts hundreds of people behind one address at a deadline:
 * 300 people each saving a step every 10 seconds stay well within them.
 */
export const CITIZEN_RATE_LIMITS = {
  saveStep: {
    perDraft: { limit: 120, windowMs: TEN_MINUTES },
    perIp: { limit: 20_000, windowMs: TEN_MINUTES, shards: IP_SHARDS },
  },
  upload: {
    perDraft: { limit: 60, windowMs: TEN_MINUTES },
    perIp: { limit: 5_000, windowMs: TEN_MINUTES, shards: IP_SHARDS },
  },
  handoff: {
    perDraft: { limit: 20, windowMs: TEN_MINUTES },
    perIp: { limit: 5_000, windowMs: TEN_MINUTES, shards: IP_SHARDS },
  },
  startDraft: { perDraft: null, perIp: { limit: 3_000, windowMs: TEN_MINUTES, shards: IP_SHARDS } },
} as const satisfies Record<string, { perDraft: TRateLimitRule | null; perIp: TRateLimitRule }>;

export type TCitizenAction = keyof typeof CITIZEN_RATE_LIMITS;

export function checkCitizenRateLimit(
  action: TCitizenAction,
  subject: { draftId?: string | null; ip?: string | null },
): Promise<TRateLimitResult> {
  const rules = CITIZEN_RATE_LIMITS[action];
  const checks: { key: string; rule: TRateLimitRule }[] = [];
  if (rules.perDraft && subject.draftId)
    checks.push({ key: `${action}:draft:${subject.draftId}`, rule: rules.perDraft });
  if (subject.ip) checks.push({ key: `${action}:ip:${subject.ip}`, rule: rules.perIp });
  return consumeRateLimit(checks);
}
