import { afterEach, describe, expect, it } from "vitest";
import { getEnv, overrideEnv } from "@/lib/env";
import {
  assertOutboundSettings,
  suomifiInternalNetworks,
  webhookInternalNetworks,
} from "@/lib/http/outbound-policy";

const saved = { ...process.env };
afterEach(() => {
  for (const name of ["LOMAKE_ENV", "LOMAKE_INTERNAL_NETWORKS", "SUOMIFI_REST_INTERNAL_NETWORKS"]) {
    overrideEnv({ [name]: saved[name] });
  }
});

describe("operator network settings", () => {
  it("refuse loopback, link-local and metadata in production (at start-up and at use)", () => {
    for (const value of [
      "127.0.0.0/8",
      "10.0.0.0/8,169.254.169.254/32",
      "::1/128",
      "0.0.0.0/0",
      "::ffff:0:0/96",
    ]) {
      overrideEnv({ LOMAKE_ENV: "production", LOMAKE_INTERNAL_NETWORKS: value });
      expect(() => assertOutboundSettings(getEnv()), value).toThrow(
        /LOMAKE_INTERNAL_NETWORKS.*never allowed in production/,
      );
      expect(() => webhookInternalNetworks(), value).toThrow();
      overrideEnv({ LOMAKE_INTERNAL_NETWORKS: undefined, SUOMIFI_REST_INTERNAL_NETWORKS: value });
      expect(() => assertOutboundSettings(getEnv()), value).toThrow(/SUOMIFI_REST_INTERNAL_NETWORKS/);
      overrideEnv({ SUOMIFI_REST_INTERNAL_NETWORKS: undefined });
    }
  });

  it("refuse what is not a network", () => {
    overrideEnv({ LOMAKE_INTERNAL_NETWORKS: "10.0.0.0/8,intranet" });
    expect(() => assertOutboundSettings(getEnv())).toThrow(/"intranet" is not a CIDR network/);
  });

  it("offer loopback outside production (the sandbox, test receivers) and nothing by default in production", () => {
    overrideEnv({ LOMAKE_ENV: "development" });
    expect(suomifiInternalNetworks()).toEqual(["127.0.0.0/8", "::1/128"]);
    expect(webhookInternalNetworks()).toEqual(["127.0.0.0/8", "::1/128"]);
    overrideEnv({ LOMAKE_ENV: "production", LOMAKE_INTERNAL_NETWORKS: "10.20.0.0/16, fd12::/48" });
    expect(suomifiInternalNetworks()).toEqual([]);
    expect(webhookInternalNetworks()).toEqual(["10.20.0.0/16", "fd12::/48"]);
  });
});
