import { describe, expect, it } from "vitest";
import { buildAllowlist, checkAddress, isPublicAddress } from "@/lib/http/address-policy";
import { neutraliseFormula } from "@/lib/delivery/export/write-export";

describe("SSRF guard", () => {
  it("refuses loopback, private, link-local, metadata, CGNAT, mapped and unique-local addresses", () => {
    for (const address of [
      "127.0.0.1",
      "10.2.3.4",
      "172.16.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "0.0.0.0",
      "::1",
      "::ffff:10.0.0.1",
      "::ffff:8.8.8.8",
      "fd00:ec2::254",
      "fe80::1",
      "::127.0.0.1",
      "::7f00:1",
      "2002:7f00:1::1",
    ]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
    expect(isPublicAddress("8.8.8.8")).toBe(true);
    expect(isPublicAddress("2a00:1450:4001::1")).toBe(true);
  });

  it("lets the organisation's allowlist through, and plain http only to allowlisted addresses", () => {
    const allowlist = buildAllowlist(["127.0.0.1/32", "10.1.0.0/16", "not-a-cidr"]);
    expect(checkAddress("127.0.0.1", { allowlist, isPlainHttp: true })).toBe(true);
    expect(checkAddress("10.1.200.3", { allowlist, isPlainHttp: false })).toBe(true);
    expect(checkAddress("10.2.0.1", { allowlist, isPlainHttp: false })).toBe(false);
    expect(checkAddress("8.8.8.8", { allowlist, isPlainHttp: true })).toBe(false);
    expect(checkAddress("8.8.8.8", { allowlist, isPlainHttp: false })).toBe(true);
  });
});

describe("exports", () => {
  it("neutralises spreadsheet formulas", () => {
    for (const text of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    expect(neutraliseFormula("Katu 1")).toBe("Katu 1");
  });
});
