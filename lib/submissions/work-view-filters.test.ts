import { describe, expect, it } from "vitest";
import {
  decodeCursor,
  encodeCursor,
  normaliseReference,
  safeWorkViewBack,
  workViewHref,
  ZWorkViewFilters,
} from "@/lib/submissions/work-view-filters";

describe("work view filters", () => {
  it("reads a reference however it was typed", () => {
    for (const typed of ["LMK-7F3K-9Q2D", "lmk 7f3k 9q2d", "LMK7F3K9Q2D", "7f3k-9q2d", " 7F3K9Q2D "])
      expect(normaliseReference(typed), typed).toBe("LMK-7F3K-9Q2D");
  });

  it("round-trips a cursor and refuses a hand-made one", () => {
    const cursor = { createdAt: new Date("2026-12-04T10:00:00.123Z"), id: crypto.randomUUID() };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("bm90LWEtY3Vyc29y")).toBeNull();
  });

  it("keeps filters in the address, and empty ones out of it", () => {
    const filters = ZWorkViewFilters.parse({ state: "handled", form: "", sort: "oldest", assignee: "me" });
    expect(workViewHref(filters, { after: "abc" })).toBe(
      "/admin/submissions?state=handled&assignee=me&sort=oldest&after=abc",
    );
    expect(ZWorkViewFilters.safeParse({ state: "drop table" }).success).toBe(false);
  });

  it("goes back only to the work view", () => {
    expect(safeWorkViewBack("/admin/submissions?state=handled")).toBe("/admin/submissions?state=handled");
    for (const hostile of [
      "https://evil.example/",
      "//evil.example",
      "/admin/members",
      "/admin/submissions/x",
    ])
      expect(safeWorkViewBack(hostile), hostile).toBe("/admin/submissions");
  });
});
