// Browser-safe: converting between UTC instants and wall-clock time in Finland ("YYYY-MM-DDTHH:mm").

const TIME_ZONE = "Europe/Helsinki";

function offsetMinutes(instant: Date): number {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone: TIME_ZONE,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"));
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

/** "2026-03-01T00:00" in Finland → the UTC instant. Invalid input gives null. */
export function helsinkiLocalToUtc(local: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) return null;
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  const asUtc = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  // Two passes settle the offset across daylight-saving changes.
  let instant = new Date(asUtc - offsetMinutes(new Date(asUtc)) * 60_000);
  instant = new Date(asUtc - offsetMinutes(instant) * 60_000);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/** A UTC instant → "YYYY-MM-DDTHH:mm" on a Finnish wall clock (for datetime-local inputs). */
export function utcToHelsinkiLocal(instant: Date): string {
  const shifted = new Date(instant.getTime() + offsetMinutes(instant) * 60_000);
  return shifted.toISOString().slice(0, 16);
}
