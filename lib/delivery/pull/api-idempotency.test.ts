import { describe, expect, it } from "vitest";
import { idempotentUuid, requestFingerprint } from "./api-idempotency";

describe("idempotency helpers", () => {
  it("fingerprints the request, not the spelling of its JSON", () => {
    const a = requestFingerprint("POST", "/api/v1/submissions/1/messages", {
      text: "Hei",
      template: "decision",
    });
    expect(
      requestFingerprint("POST", "/api/v1/submissions/1/messages", { template: "decision", text: "Hei" }),
    ).toBe(a);
    expect(
      requestFingerprint("POST", "/api/v1/submissions/1/messages", { template: "decision", text: "Moi" }),
    ).not.toBe(a);
    expect(
      requestFingerprint("POST", "/api/v1/submissions/1/status", { template: "decision", text: "Hei" }),
    ).not.toBe(a);
  });

  it("derives one UUID per organisation and key", () => {
    const id = idempotentUuid("org-a", "key-1");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(idempotentUuid("org-a", "key-1")).toBe(id);
    expect(idempotentUuid("org-b", "key-1")).not.toBe(id);
  });
});
