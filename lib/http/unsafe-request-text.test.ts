import { describe, expect, it } from "vitest";
import { hasUnsafeRequestText } from "@/lib/http/unsafe-request-text";

const base = "http://localhost/api/auth/error?error=";

describe("unsafe request text", () => {
  it.each([
    "%0D%0AX-Forged:%201",
    "%0A",
    "%00",
    "%7F",
    "%C2%85",
    "%E2%80%A8",
    "%F0%9F%98%80",
    "%E4%BD%A0",
    "a%09b",
  ])("refuses error=%s", (value) => expect(hasUnsafeRequestText(`${base}${value}`)).toBe(true));
  it("refuses them in names and path segments too", () => {
    expect(hasUnsafeRequestText("http://localhost/api/auth/error?x%0D=1")).toBe(true);
    expect(hasUnsafeRequestText("http://localhost/api/auth/sign%0Ain")).toBe(true);
    expect(hasUnsafeRequestText("http://localhost/api/auth/%E0%A4%A")).toBe(true);
  });
  it("lets ordinary values through, Latin-1 included", () => {
    for (const value of ["CredentialsSignin", "Configuration", "%C3%A4%C3%B6", "a+b"]) {
      expect(hasUnsafeRequestText(`${base}${value}`), value).toBe(false);
    }
  });
});
