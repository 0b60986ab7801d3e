// Attack test: the Suomi.fi REST address an owner saves must never make Lomake connect to an internal address
// (the credentials travel in POST /v1/token). Every payload goes through the real REST client and the real
// guarded fetch; the socket factory is instrumented and a loopback canary counts connections, so the test
// proves that nothing was connected, and itself never connects outside 127.0.0.0/8.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildAllowlist } from "@/lib/http/address-policy";
import { createGuardedFetch } from "@/lib/http/guarded-fetch";
import {
  createInstrumentedConnect,
  createTableResolver,
  startCanary,
  type TCanary,
} from "@/lib/security/testing/network-canary";
import { SSRF_DNS_ANSWERS, SSRF_URL_PAYLOADS } from "@/lib/security/testing/ssrf-payloads";
import { createSuomifiRestClient } from "@/lib/suomifi/rest-client";
import { testConnection } from "@/lib/suomifi/test-connection";

let canary: TCanary;
beforeAll(async () => {
  canary = await startCanary();
});
afterAll(() => canary.close());
beforeEach(() => {
  canary.connections = 0;
  canary.requests.length = 0;
});

/** The production policy: no internal network configured for the Suomi.fi REST address. */
function productionClient(baseUrl: string, table: Record<string, readonly string[]> = {}) {
  const sink = createInstrumentedConnect();
  const resolver = createTableResolver(table);
  const fetch = createGuardedFetch({
    allowlist: buildAllowlist([]),
    resolve: resolver.resolve,
    connect: sink.connect,
  });
  const client = createSuomifiRestClient({
    baseUrl,
    username: "lomake-org",
    getPassword: () => "secret-rest-password",
    fetch,
    retry: { attempts: 3, baseDelayMs: 0 },
    logger: { warn: () => undefined },
  });
  return { client, sink, fetch };
}

const urlPayloads = SSRF_URL_PAYLOADS.map((payload) => payload.replace("/hook", ""));

describe("the Suomi.fi REST address as an SSRF channel", () => {
  it("has at least 50 payloads", () => {
    expect(urlPayloads.length + Object.keys(SSRF_DNS_ANSWERS).length).toBeGreaterThanOrEqual(50);
  });

  it.each(urlPayloads.map((payload) => [payload]))("%s: no connection, no token request", async (payload) => {
    const baseUrl = payload.replace("{port}", String(canary.port));
    const { client, sink } = productionClient(baseUrl);
    await expect(client.checkLogin()).rejects.toThrow();
    await expect(client.getEvents()).rejects.toThrow();
    expect(sink.attempts).toEqual([]);
    expect(canary.connections).toBe(0);
    expect(canary.requests).toEqual([]);
  });

  it.each(Object.entries(SSRF_DNS_ANSWERS))(
    "a name resolving to %s → %j is never connected",
    async (hostname, addresses) => {
      const { client, sink } = productionClient(`https://${hostname}:${canary.port}`, {
        [hostname]: addresses,
      });
      await expect(client.checkLogin()).rejects.toThrow();
      expect(sink.attempts).toEqual([]);
      expect(canary.connections).toBe(0);
    },
  );

  it("answers closed and open internal ports alike, so Testaa yhteys is no port scanner", async () => {
    const results = [];
    for (const port of [canary.port, 1, 9]) {
      const sink = createInstrumentedConnect();
      const result = await testConnection({
        baseUrl: `http://127.0.0.1:${port}`,
        username: "x",
        password: "y",
        fetch: createGuardedFetch({ allowlist: buildAllowlist([]), connect: sink.connect }),
      });
      expect(sink.attempts).toEqual([]);
      const { durationMs: _duration, ...rest } = result as { durationMs: number };
      results.push(rest);
    }
    expect(results).toEqual([
      { isOk: false, problem: "blocked", step: "token" },
      { isOk: false, problem: "blocked", step: "token" },
      { isOk: false, problem: "blocked", step: "token" },
    ]);
    expect(canary.connections).toBe(0);
  });

  it("does not follow a redirect from an allowed address", async () => {
    const redirector = await startCanary(() => ({
      status: 307,
      headers: { location: `http://127.0.0.1:${canary.port}/v1/token` },
    }));
    try {
      const sink = createInstrumentedConnect();
      const client = createSuomifiRestClient({
        baseUrl: `http://127.0.0.1:${redirector.port}`,
        username: "u",
        getPassword: () => "p",
        fetch: createGuardedFetch({ allowlist: buildAllowlist([`127.0.0.1/32`]), connect: sink.connect }),
        retry: { attempts: 1 },
        logger: { warn: () => undefined },
      });
      await expect(client.checkLogin()).rejects.toThrow();
      expect(redirector.requests).toEqual(["POST /v1/token"]);
      expect(canary.connections).toBe(0);
    } finally {
      await redirector.close();
    }
  });

  it("connects to exactly the address it checked (the control: the sandbox on an allowed loopback network)", async () => {
    const sink = createInstrumentedConnect();
    const resolver = createTableResolver({ "sandbox.test": ["127.0.0.1"] });
    const client = createSuomifiRestClient({
      baseUrl: `http://sandbox.test:${canary.port}`,
      username: "u",
      getPassword: () => "p",
      fetch: createGuardedFetch({
        allowlist: buildAllowlist(["127.0.0.0/8"]),
        resolve: resolver.resolve,
        connect: sink.connect,
      }),
      retry: { attempts: 1 },
      logger: { warn: () => undefined },
    });
    await expect(client.checkLogin()).resolves.toMatchObject({ accessToken: "leaked" });
    expect(sink.attempts).toEqual([
      { host: "127.0.0.1", port: canary.port, isTls: false, servername: "sandbox.test" },
    ]);
    expect(resolver.asked).toEqual(["sandbox.test"]);
    expect(canary.requests).toEqual(["POST /v1/token"]);
  });
});
