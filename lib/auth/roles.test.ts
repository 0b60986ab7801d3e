import { describe, expect, it } from "vitest";
import { hasPermission } from "@/lib/auth/roles";

describe("roles", () => {
  it("lets only owners manage members and read the audit log", () => {
    expect(hasPermission("owner", "members.manage")).toBe(true);
    for (const role of ["editor", "handler", "viewer"] as const) {
      expect(hasPermission(role, "members.manage")).toBe(false);
      expect(hasPermission(role, "audit.read")).toBe(false);
    }
  });

  it("keeps submissions from editors and viewers", () => {
    expect(hasPermission("handler", "submissions.read")).toBe(true);
    expect(hasPermission("editor", "submissions.read")).toBe(false);
    expect(hasPermission("viewer", "submissions.read")).toBe(false);
    expect(hasPermission("editor", "forms.edit")).toBe(true);
  });
});
