// Attack tests for webhooks: hostile target addresses, and hostile allowlist entries an organisation's admin
// may try, in a production configuration. The socket factory is instrumented and a loopback canary counts
// connections, so each case proves nothing was connected — and the test itself never connects beyond loopback.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { BLOCKED_MESSAGE, postWebhook } from "@/lib/delivery/post-webhook";
import { buildAllowlist } from "@/lib/http/address-policy";
import { getEnv, type TEnv } from "@/lib/env";
import { parseCidr } from "@/lib/http/network-ranges";
import { checkTenantNetwork, webhookOutboundAllowlist } from "@/lib/http/outbound-policy";
import {
  HOSTILE_ALLOWLIST_ENTRIES,
  OPERATOR_OFFERED_NETWORK,
} from "@/lib/security/testing/allowlist-payloads";
import {
  createInstrumentedConnect,
  createTableResolver,
  startCanary,
  type TCanary,
} from "@/lib/security/testing/network-canary";
import { SSRF_DNS_ANSWERS, SSRF_URL_PAYLOADS } from "@/lib/security/testing/ssrf-payloads";

let canary: TCanary;
beforeAll(async () => {
  canary = await startCanary(() => ({ status: 200, body: "internal secret" }));
});
afterAll(() => canary.close());
beforeEach(() => {
  canary.connections = 0;
  canary.requests.length = 0;
});

const production = (): TEnv => ({
  ...getEnv(),
  isProduction: true,
  LOMAKE_INTERNAL_NETWORKS: OPERATOR_OFFERED_NETWORK,
});

async function send(
  url: string,
  allowlist = buildAllowlist([]),
  table: Record<string, readonly string[]> = {},
) {
  const sink = createInstrumentedConnect();
  const resolver = createTableResolver(table);
  const result = await postWebhook({
    url,
    headers: {},
    body: "{}",
    timeoutMs: 3000,
    allowlist,
    network: { resolve: resolver.resolve, connect: sink.connect },
  });
  return { result, attempts: sink.attempts };
}

/** Sensitive addresses a wide entry would open; the probe is the first one inside the entry. */
const SENSITIVE = [
  "127.0.0.1",
  "169.254.169.254",
  "10.0.0.1",
  "172.16.0.1",
  "192.168.0.1",
  "100.64.0.1",
  "0.0.0.0",
  "::1",
  "fd00:ec2::254",
  "fe80::1",
  "fd00::1",
];

/** An address inside the entry's range, as a URL; loopback ones point at the canary. */
function probeUrl(entry: string): string {
  const cidr = parseCidr(entry);
  if (!cidr) return `http://127.0.0.1:${canary.port}/probe`;
  const sensitive = SENSITIVE.map((address) => parseCidr(address)!).find(
    (address) => address.family === cidr.family && cidr.start <= address.start && address.start <= cidr.end,
  );
  const value = sensitive ? sensitive.start : cidr.end > cidr.start ? cidr.start + 1n : cidr.start;
  if (cidr.family === 4) {
    const address = [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 255n)).join(".");
    return address.startsWith("127.") ? `http://${address}:${canary.port}/probe` : `https://${address}/probe`;
  }
  const hextets = Array.from({ length: 8 }, (_, index) =>
    ((value >> BigInt(112 - index * 16)) & 0xffffn).toString(16),
  );
  return `https://[${hextets.join(":")}]/probe`;
}

describe("webhook target addresses", () => {
  it("has at least 50 payloads", () => {
    expect(SSRF_URL_PAYLOADS.length + Object.keys(SSRF_DNS_ANSWERS).length).toBeGreaterThanOrEqual(50);
  });

  it.each(SSRF_URL_PAYLOADS.map((payload) => [payload]))(
    "%s is refused without a connection",
    async (payload) => {
      const { result, attempts } = await send(payload.replace("{port}", String(canary.port)));
      expect(result).toMatchObject({ kind: "blocked", error: BLOCKED_MESSAGE });
      expect(attempts).toEqual([]);
      expect(canary.connections).toBe(0);
    },
  );

  it.each(Object.entries(SSRF_DNS_ANSWERS))(
    "%s resolving to %j is refused, naming no address",
    async (hostname, addresses) => {
      const { result, attempts } = await send(`https://${hostname}:${canary.port}/hook`, buildAllowlist([]), {
        [hostname]: addresses,
      });
      expect(result).toMatchObject({ kind: "blocked", error: BLOCKED_MESSAGE });
      for (const address of addresses) expect(JSON.stringify(result)).not.toContain(address);
      expect(attempts).toEqual([]);
      expect(canary.connections).toBe(0);
    },
  );

  it("hands back a redirect as the receiver's answer and does not follow it", async () => {
    const redirector = await startCanary(() => ({
      status: 307,
      headers: { location: `http://127.0.0.1:${canary.port}/x` },
    }));
    try {
      // The canary is on the same allowed address: following the redirect would reach it.
      const { result } = await send(
        `http://127.0.0.1:${redirector.port}/hook`,
        buildAllowlist(["127.0.0.1/32"]),
      );
      expect(result).toMatchObject({ kind: "response", status: 307 });
      expect(canary.connections).toBe(0);
    } finally {
      await redirector.close();
    }
  });

  it("delivers to an allowed internal receiver, connecting to the address it checked (the control)", async () => {
    const { result, attempts } = await send(
      `http://receiver.internal:${canary.port}/allowed`,
      buildAllowlist(["127.0.0.1/32"]),
      {
        "receiver.internal": ["127.0.0.1"],
      },
    );
    expect(result).toMatchObject({ kind: "response", status: 200, excerpt: "internal secret" });
    expect(attempts).toEqual([
      { host: "127.0.0.1", port: canary.port, isTls: false, servername: "receiver.internal" },
    ]);
    expect(canary.requests).toEqual(["POST /allowed"]);
  });
});

describe("allowlist entries an organisation chooses", () => {
  it("has at least 50 payloads", () => {
    expect(HOSTILE_ALLOWLIST_ENTRIES.length).toBeGreaterThanOrEqual(50);
  });

  it.each(HOSTILE_ALLOWLIST_ENTRIES.map((entry) => [entry]))(
    "%j is refused at save and opens nothing at send",
    async (entry) => {
      const env = production();
      expect(checkTenantNetwork(entry, env).isAllowed).toBe(false);
      // Even if the row got into the database (an older release, a restore), it counts for nothing.
      const { result, attempts } = await send(probeUrl(entry), webhookOutboundAllowlist([entry], env));
      expect(result.kind).toBe("blocked");
      expect(attempts).toEqual([]);
      expect(canary.connections).toBe(0);
    },
  );

  it("accepts the operator's network and the ranges inside it (the control)", () => {
    const env = production();
    for (const entry of [OPERATOR_OFFERED_NETWORK, "10.20.5.0/24", "10.20.255.1/32"]) {
      expect(checkTenantNetwork(entry, env), entry).toMatchObject({ isAllowed: true });
    }
  });

  it("reaches an allowed internal receiver through a chosen network (the control)", async () => {
    const env: TEnv = { ...getEnv(), isProduction: false, LOMAKE_INTERNAL_NETWORKS: "127.0.0.0/8" };
    const { result } = await send(
      `http://127.0.0.1:${canary.port}/in`,
      webhookOutboundAllowlist(["127.0.0.1/32"], env),
    );
    expect(result).toMatchObject({ kind: "response", status: 200 });
  });
});
