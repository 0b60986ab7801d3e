import { FinnishBusinessIds } from "finnish-business-ids";

/** "1234567-8"; also accepts "12345678", spaces, and the old six-digit form "123456-7" (left-padded). */
export function normaliseBusinessId(value: string): string {
  const compacted = value.replace(/\s+/g, "");
  const withoutDash = /^\d{8}$/.test(compacted)
    ? `${compacted.slice(0, 7)}-${compacted.slice(7)}`
    : compacted;
  return /^\d{6}-\d$/.test(withoutDash) ? `0${withoutDash}` : withoutDash;
}

export function isValidBusinessId(value: string): boolean {
  return FinnishBusinessIds.isValidBusinessId(normaliseBusinessId(value));
}
