// The forwarded-header rule: a client cannot choose its own address.
import { describe, expect, it } from "vitest";
import {
  buildTrustedProxies,
  clientAddressFromHeaders,
  PEER_ADDRESS_HEADER,
  resolveClientAddress,
} from "@/lib/http/client-address";

const none = buildTrustedProxies(undefined);
const proxies = buildTrustedProxies("10.0.0.0/8, 192.168.1.5, fd00::/8");

describe("client address", () => {
  it("without trusted proxies is the TCP peer, whatever X-Forwarded-For says", () => {
    for (const forged of [
      "1.2.3.4",
      "1.2.3.4, 5.6.7.8",
      "127.0.0.1",
      "",
      "garbage",
      "203.0.113.9, 198.51.100.1",
    ]) {
      expect(
        resolveClientAddress({ peer: "198.51.100.7", forwardedFor: [forged], trustedProxies: none }),
      ).toBe("198.51.100.7");
    }
  });

  it("through a trusted proxy is the right-most address that is not a trusted proxy", () => {
    const resolve = (peer: string, ...forwardedFor: string[]) =>
      resolveClientAddress({ peer, forwardedFor, trustedProxies: proxies });
    // The client forged "1.1.1.1"; the proxy appended the real address it saw.
    expect(resolve("10.0.0.2", "1.1.1.1, 203.0.113.50")).toBe("203.0.113.50");
    // Two proxies in a row.
    expect(resolve("10.0.0.2", "1.1.1.1, 203.0.113.50, 192.168.1.5")).toBe("203.0.113.50");
    // Several headers count as one list.
    expect(resolve("10.0.0.2", "1.1.1.1", "203.0.113.51")).toBe("203.0.113.51");
    // Rotating the forged part changes nothing.
    for (let index = 0; index < 20; index += 1)
      expect(resolve("10.0.0.2", `9.9.9.${index}, 203.0.113.50`)).toBe("203.0.113.50");
    // A request that reached the app directly, not through the proxy: its header is ignored.
    expect(resolve("203.0.113.77", "10.0.0.3")).toBe("203.0.113.77");
    // Only proxies in the chain: the left-most is as far as it goes.
    expect(resolve("10.0.0.2", "10.0.0.9")).toBe("10.0.0.9");
    // A malformed hop ends the walk at the last trusted proxy's view.
    expect(resolve("10.0.0.2", "1.1.1.1, not-an-ip, 10.0.0.4")).toBe("10.0.0.4");
    // Ports and brackets some proxies add, IPv4-mapped peers.
    expect(resolve("::ffff:10.0.0.2", "203.0.113.60:4711")).toBe("203.0.113.60");
    expect(resolve("fd00::1", "[2001:db8::5]:443")).toBe("2001:db8::5");
  });

  it("reads the peer from the header the preload stamps (a client-sent one is overwritten there)", () => {
    const headers = new Headers({ [PEER_ADDRESS_HEADER]: "198.51.100.8", "x-forwarded-for": "1.2.3.4" });
    expect(clientAddressFromHeaders(headers, none)).toBe("198.51.100.8");
    expect(
      clientAddressFromHeaders(
        { [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": ["5.5.5.5, 203.0.113.1"] },
        proxies,
      ),
    ).toBe("203.0.113.1");
    expect(clientAddressFromHeaders(new Headers({ "x-forwarded-for": "1.2.3.4" }), none)).toBeNull();
  });
});
