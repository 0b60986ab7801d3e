import { describe, expect, it } from "vitest";
import { formDisplayStatus, type TFormStatusInput } from "./form-display-status";

const NOW = new Date("2026-05-01T09:00:00Z");
const live: TFormStatusInput = {
  status: "live",
  opensAt: null,
  closesAt: null,
  isPaused: false,
  hasUnpublishedChanges: false,
};

describe("formDisplayStatus", () => {
  it.each<[string, Partial<TFormStatusInput>, string]>([
    ["never published", { status: "draft" }, "draft"],
    ["archived wins", { status: "archived", hasUnpublishedChanges: true }, "archived"],
    ["live, no window", {}, "open"],
    ["opens later", { opensAt: new Date("2026-05-02T00:00:00Z") }, "scheduled"],
    ["opened already", { opensAt: new Date("2026-04-01T00:00:00Z") }, "open"],
    ["closed by time", { closesAt: new Date("2026-05-01T09:00:00Z") }, "closed"],
    ["closed by cap", { maxSubmissions: 10, submissionCount: 10 }, "closed"],
    ["under cap", { maxSubmissions: 10, submissionCount: 9 }, "open"],
    ["paused", { isPaused: true }, "paused"],
    ["unpublished changes", { hasUnpublishedChanges: true, isPaused: true }, "liveWithChanges"],
  ])("%s", (_name, override, expected) => {
    expect(formDisplayStatus({ ...live, ...override }, NOW)).toBe(expected);
  });
});
