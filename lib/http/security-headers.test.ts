import { describe, expect, it } from "vitest";
import { baseSecurityHeaders, buildAdminCsp } from "@/lib/http/security-headers";

describe("admin Content-Security-Policy", () => {
  it("allows scripts only with the request's nonce in production, never inline or eval", () => {
    const csp = buildAdminCsp({ nonce: "abc123", isDevelopment: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    for (const directive of [
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
      "form-action 'self'",
    ]) {
      expect(csp).toContain(directive);
    }
  });

  it("adds HSTS only over HTTPS", () => {
    expect(baseSecurityHeaders(true)["Strict-Transport-Security"]).toMatch(/max-age=\d+/);
    expect(baseSecurityHeaders(false)["Strict-Transport-Security"]).toBeUndefined();
    expect(baseSecurityHeaders(false)["X-Content-Type-Options"]).toBe("nosniff");
  });
});
