import { describe, expect, it } from "vitest";
import { isAllowedRequestOrigin, type TOriginCheck } from "@/lib/http/request-origin";

const base: TOriginCheck = {
  method: "POST",
  origin: "https://lomake.kunta.fi",
  requestOrigin: "http://localhost:3000",
  host: "localhost:3000",
  forwardedHost: "lomake.kunta.fi",
  protocol: "https",
  appUrl: "https://lomake.kunta.fi",
};

describe("isAllowedRequestOrigin", () => {
  it("lets safe methods through whatever the Origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"]) {
      expect(isAllowedRequestOrigin({ ...base, method, origin: "https://evil.example" })).toBe(true);
    }
  });

  it("accepts our own origin: APP_URL, the forwarded host and the direct host", () => {
    expect(isAllowedRequestOrigin(base)).toBe(true);
    expect(isAllowedRequestOrigin({ ...base, appUrl: undefined })).toBe(true);
    expect(
      isAllowedRequestOrigin({
        ...base,
        origin: "http://localhost:3100",
        requestOrigin: "http://localhost:3100",
        host: "localhost:3100",
        forwardedHost: null,
        protocol: "http",
        appUrl: undefined,
      }),
    ).toBe(true);
  });

  it.each([
    ["missing", null],
    ["null (sandboxed frame, file:, redirects)", "null"],
    ["another site", "https://evil.example"],
    ["a look-alike subdomain", "https://lomake.kunta.fi.evil.example"],
    ["a parent domain", "https://kunta.fi"],
    ["another subdomain", "https://evil.lomake.kunta.fi"],
    ["http instead of https", "http://lomake.kunta.fi"],
    ["another port", "https://lomake.kunta.fi:8443"],
    ["userinfo trick", "https://lomake.kunta.fi@evil.example"],
    ["a path appended", "https://lomake.kunta.fi/admin"],
    ["not a URL", "lomake.kunta.fi"],
    ["a javascript: URL", "javascript:alert(1)"],
    ["a data: URL", "data:text/html,x"],
    ["unicode look-alike", "https://lomаke.kunta.fi"],
  ])("refuses a POST whose Origin is %s", (_label, origin) => {
    expect(isAllowedRequestOrigin({ ...base, origin })).toBe(false);
    for (const method of ["PUT", "PATCH", "DELETE"])
      expect(isAllowedRequestOrigin({ ...base, method, origin })).toBe(false);
  });
});
