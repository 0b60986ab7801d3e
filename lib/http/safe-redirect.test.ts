import { describe, expect, it } from "vitest";
import { OPEN_REDIRECT_PAYLOADS } from "@/lib/http/testing/open-redirect-payloads";
import { safeRedirectPath, safeRedirectUrl } from "@/lib/http/safe-redirect";

describe("safe redirects", () => {
  it("has at least 100 distinct known open-redirect payloads", () => {
    expect(new Set(OPEN_REDIRECT_PAYLOADS).size).toBeGreaterThanOrEqual(100);
  });

  it.each(OPEN_REDIRECT_PAYLOADS.map((payload) => [JSON.stringify(payload), payload]))(
    "refuses %s",
    (_label, payload) => {
      const path = safeRedirectPath(payload, "/fallback");
      // Whatever comes back must resolve to this origin against any base.
      expect(new URL(path, "https://lomake.invalid").origin).toBe("https://lomake.invalid");
      const resolved = new URL(path, "https://lomake.invalid/some/page");
      expect(resolved.pathname.startsWith("//")).toBe(false);
      expect(path === "/fallback" || path === payload).toBe(true);
      expect(new URL(safeRedirectUrl(payload, "https://lomake.invalid")).origin).toBe(
        "https://lomake.invalid",
      );
    },
  );

  it("keeps ordinary paths on this host, with their query", () => {
    expect(safeRedirectPath("/admin/members?tab=1#x")).toBe("/admin/members?tab=1#x");
    expect(safeRedirectPath("/f/demo/vahingonkorvausvaatimus/return/abc")).toBe(
      "/f/demo/vahingonkorvausvaatimus/return/abc",
    );
    expect(safeRedirectUrl("https://lomake.invalid/admin/audit", "https://lomake.invalid")).toBe(
      "https://lomake.invalid/admin/audit",
    );
  });
});
