// The client's address for rate limits, the sign-in throttle and the audit log. Forwarded headers are
// trusted only from configured proxies (TRUSTED_PROXIES), with the usual right-most-untrusted rule: walk
// X-Forwarded-For from the right, starting at the TCP peer; the first address that is not a trusted proxy
// is the client. Without trusted proxies the peer itself is the client, whatever the headers say.
import { BlockList, isIP } from "node:net";
import { parseCidr } from "@/lib/http/network-ranges";

/** Set by scripts/peer-address.cjs from the socket; a client-sent value never survives. */
export const PEER_ADDRESS_HEADER = "x-lomake-peer-address";

export function buildTrustedProxies(value: string | undefined): BlockList {
  const list = new BlockList();
  for (const item of (value ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean)) {
    const cidr = parseCidr(item);
    if (!cidr) continue;
    const [network, prefix] = item.split("/");
    list.addSubnet(
      network!,
      prefix === undefined ? (cidr.family === 4 ? 32 : 128) : Number(prefix),
      cidr.family === 4 ? "ipv4" : "ipv6",
    );
  }
  return list;
}

function normalise(address: string): string | null {
  let text = address.trim();
  // "[2001:db8::1]:443", "203.0.113.5:51234" (some proxies append a port)
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(text);
  if (mapped) text = mapped[1]!;
  return isIP(text) ? text : null;
}

function isTrusted(address: string, trusted: BlockList): boolean {
  return trusted.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * @param peer the TCP peer (from the socket), or null when unknown
 * @param forwardedFor every X-Forwarded-For header value, in order
 */
export function resolveClientAddress(input: {
  peer: string | null;
  forwardedFor: readonly string[];
  trustedProxies: BlockList;
}): string | null {
  const peer = input.peer ? normalise(input.peer) : null;
  if (!peer) return null;
  if (!isTrusted(peer, input.trustedProxies)) return peer;
  const hops = input.forwardedFor.flatMap((value) => value.split(","));
  let client = peer;
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = normalise(hops[index]!);
    // A malformed entry ends the walk: nothing left of it can be trusted.
    if (!hop) return client;
    client = hop;
    if (!isTrusted(hop, input.trustedProxies)) return hop;
  }
  return client;
}

/** From request headers (Headers or Node's plain object). */
export function clientAddressFromHeaders(
  headers: Headers | Record<string, string | string[] | undefined> | undefined,
  trustedProxies: BlockList,
): string | null {
  const read = (name: string): string[] => {
    if (!headers) return [];
    if (headers instanceof Headers) {
      const value = headers.get(name);
      return value === null ? [] : [value];
    }
    const value = headers[name];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  const peer = read(PEER_ADDRESS_HEADER)[0] ?? null;
  return resolveClientAddress({ peer, forwardedFor: read("x-forwarded-for"), trustedProxies });
}

let cachedProxies: { value: string | undefined; list: BlockList } | undefined;

/** The client address of a request under this deployment's TRUSTED_PROXIES. */
export function clientAddress(
  headers: Headers | Record<string, string | string[] | undefined> | undefined,
  trustedProxiesSetting: string | undefined,
): string | null {
  if (!cachedProxies || cachedProxies.value !== trustedProxiesSetting) {
    cachedProxies = { value: trustedProxiesSetting, list: buildTrustedProxies(trustedProxiesSetting) };
  }
  return clientAddressFromHeaders(headers, cachedProxies.list);
}
