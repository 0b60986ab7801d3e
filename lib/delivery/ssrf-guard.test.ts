import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postWebhook } from "@/lib/delivery/post-webhook";
import { SSRF_DNS_ANSWERS, SSRF_URL_PAYLOADS } from "@/lib/security/testing/ssrf-payloads";
import {
  buildAllowlist,
  checkAddress,
  createGuardedLookup,
  isPublicAddress,
} from "@/lib/delivery/ssrf-guard";
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

  it("fails the lookup when any resolved address is private (DNS rebinding)", async () => {
    const lookup = createGuardedLookup({
      allowlist: buildAllowlist([]),
      isPlainHttp: false,
      resolve: async () => [
        { address: "93.184.216.34", family: 4 },
        { address: "127.0.0.1", family: 4 },
      ],
    });
    const error = await new Promise((resolve) =>
      (lookup as unknown as (h: string, o: object, c: (e: unknown) => void) => void)(
        "evil.example",
        { all: true },
        resolve,
      ),
    );
    expect(error).toMatchObject({ code: "BLOCKED_ADDRESS" });
  });
});

describe("exports", () => {
  it("neutralises spreadsheet formulas", () => {
    for (const text of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
      expect(neutraliseFormula(text)).toBe(`'${text}`);
    expect(neutraliseFormula("Katu 1")).toBe("Katu 1");
  });
});

describe("SSRF attack payloads against postWebhook", () => {
  const hits: string[] = [];
  let internal: http.Server;
  let port = 0;
  beforeAll(async () => {
    internal = http.createServer((request, response) => {
      hits.push(request.url ?? "");
      response.writeHead(200).end("internal secret");
    });
    await new Promise<void>((resolve) => internal.listen(0, "127.0.0.1", resolve));
    port = (internal.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => internal.close(() => resolve())));

  it("has at least 50 URL payloads", () => {
    expect(SSRF_URL_PAYLOADS.length + Object.keys(SSRF_DNS_ANSWERS).length).toBeGreaterThanOrEqual(50);
  });

  it.each(SSRF_URL_PAYLOADS.map((payload) => [payload]))("refuses %s before connecting", async (payload) => {
    const url = payload.replace("{port}", String(port));
    const result = await postWebhook({
      url,
      headers: {},
      body: "{}",
      timeoutMs: 3000,
      allowlist: buildAllowlist([]),
    });
    // Refused by the guard; or, for a name, not resolvable at all on this machine (nothing to connect to).
    const isUnresolvable = result.kind === "network" && /ENOTFOUND|EAI_AGAIN/.test(result.error);
    expect(result.kind === "blocked" || isUnresolvable, `${url} → ${JSON.stringify(result)}`).toBe(true);
    expect(hits).toEqual([]);
  });

  it.each(Object.entries(SSRF_DNS_ANSWERS))("refuses %s resolving to %j", async (hostname, addresses) => {
    const lookup = createGuardedLookup({
      allowlist: buildAllowlist([]),
      isPlainHttp: false,
      resolve: async () => addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })),
    });
    const error = await new Promise((resolve) =>
      (lookup as unknown as (h: string, o: object, c: (e: unknown) => void) => void)(
        hostname,
        { all: true },
        resolve,
      ),
    );
    expect(error).toMatchObject({ code: "BLOCKED_ADDRESS" });
  });

  it("does not follow a redirect from an allowed receiver to an internal address", async () => {
    const redirector = http.createServer((_request, response) => {
      response.writeHead(307, { location: `http://127.0.0.1:${port}/after-redirect` }).end();
    });
    await new Promise<void>((resolve) => redirector.listen(0, "127.0.0.2", resolve));
    const redirectorPort = (redirector.address() as AddressInfo).port;
    try {
      const result = await postWebhook({
        url: `http://127.0.0.2:${redirectorPort}/hook`,
        headers: {},
        body: "{}",
        timeoutMs: 3000,
        allowlist: buildAllowlist(["127.0.0.2/32"]),
      });
      expect(result).toMatchObject({ kind: "response", status: 307 });
      expect(hits).toEqual([]);
    } finally {
      await new Promise<void>((resolve) => redirector.close(() => resolve()));
    }
  });

  it("still delivers to an allowlisted internal receiver (the control)", async () => {
    const result = await postWebhook({
      url: `http://127.0.0.1:${port}/allowed`,
      headers: {},
      body: "{}",
      timeoutMs: 3000,
      allowlist: buildAllowlist(["127.0.0.1/32"]),
    });
    expect(result).toMatchObject({ kind: "response", status: 200 });
    expect(hits.splice(0)).toEqual(["/allowed"]);
  });
});
