import { describe, expect, it } from "vitest";
import { helsinkiLocalToUtc, utcToHelsinkiLocal } from "./helsinki-time";

describe("Helsinki wall-clock time", () => {
  it("uses +02:00 in winter and +03:00 in summer", () => {
    expect(helsinkiLocalToUtc("2026-03-01T00:00")?.toISOString()).toBe("2026-02-28T22:00:00.000Z");
    expect(helsinkiLocalToUtc("2026-07-01T12:30")?.toISOString()).toBe("2026-07-01T09:30:00.000Z");
  });

  it("round-trips to the same wall-clock time", () => {
    for (const local of ["2026-10-25T02:30", "2026-03-29T05:00", "2026-12-31T23:59"]) {
      expect(utcToHelsinkiLocal(helsinkiLocalToUtc(local)!)).toBe(local);
    }
  });

  it("rejects other formats", () => {
    expect(helsinkiLocalToUtc("1.3.2026 klo 12")).toBeNull();
  });
});
