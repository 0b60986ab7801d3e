import { describe, expect, it } from "vitest";
import {
  DEMO_OWNER_EMAIL,
  DEMO_OWNER_PASSWORD,
  isDemoCredential,
  isDemoPasswordRefused,
  listenHostOf,
} from "@/lib/auth/demo-credentials";

const development = { isProduction: false, LOMAKE_LISTEN_HOST: undefined };

describe("the development server and the published demo password", () => {
  it("listens on loopback alone by default outside production, on every interface in production", () => {
    expect(listenHostOf(development)).toBe("127.0.0.1");
    expect(listenHostOf({ isProduction: true, LOMAKE_LISTEN_HOST: undefined })).toBe("0.0.0.0");
    expect(listenHostOf({ isProduction: false, LOMAKE_LISTEN_HOST: "0.0.0.0" })).toBe("0.0.0.0");
  });

  it("accepts the demo password only while the app is reachable from this machine alone", () => {
    expect(isDemoPasswordRefused(development)).toBe(false);
    for (const host of ["127.0.0.1", "127.0.1.1", "localhost", "::1", "[::1]"])
      expect(isDemoPasswordRefused({ isProduction: false, LOMAKE_LISTEN_HOST: host }), host).toBe(false);
    for (const host of ["0.0.0.0", "::", "192.168.1.10", "lomake.kunta.fi"])
      expect(isDemoPasswordRefused({ isProduction: false, LOMAKE_LISTEN_HOST: host }), host).toBe(true);
    expect(isDemoPasswordRefused({ isProduction: true, LOMAKE_LISTEN_HOST: "127.0.0.1" })).toBe(true);
  });

  it("recognises exactly the published credentials", () => {
    expect(isDemoCredential(DEMO_OWNER_EMAIL, DEMO_OWNER_PASSWORD)).toBe(true);
    expect(isDemoCredential(DEMO_OWNER_EMAIL, `${DEMO_OWNER_PASSWORD} `)).toBe(false);
  });
});
