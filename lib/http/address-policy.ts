// Which addresses an outgoing connection may go to: public addresses, or the networks an allowlist names. The
// connect path that applies it (resolve, check every address, connect to the checked one) is
// lib/http/guarded-fetch.ts; what the operator and organisations may allow is lib/http/outbound-policy.ts.
import { BlockList, isIP } from "node:net";

const NON_PUBLIC_V4: [string, number][] = [
  ["0.0.0.0", 8], // "this" network
  ["10.0.0.0", 8],
  ["100.64.0.0", 10], // CGNAT
  ["127.0.0.0", 8],
  ["169.254.0.0", 16], // link-local, cloud metadata (169.254.169.254)
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.88.99.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];
const NON_PUBLIC_V6: [string, number][] = [
  ["::", 128],
  ["::1", 128],
  ["::", 96], // IPv4-compatible (deprecated): ::127.0.0.1 still reaches loopback on some stacks
  ["2002::", 16], // 6to4: embeds any IPv4 address
  ["64:ff9b::", 96], // NAT64 can reach private IPv4
  ["100::", 64], // discard
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique local (incl. fd00:ec2::254 metadata)
  ["fe80::", 10], // link-local
  ["ff00::", 8], // multicast
];

const nonPublic = new BlockList();
for (const [network, prefix] of NON_PUBLIC_V4) nonPublic.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of NON_PUBLIC_V6) nonPublic.addSubnet(network, prefix, "ipv6");

function mappedIpv4(address: string): string | null {
  const match = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return match ? match[1]! : null;
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  const v4 = mappedIpv4(address);
  // IPv4-mapped IPv6 (dotted or hex form) is never a public webhook address.
  if (v4 || /^(0{0,4}:){2,5}ffff:/i.test(address) || address.toLowerCase().startsWith("::ffff:"))
    return false;
  return !nonPublic.check(address, family === 4 ? "ipv4" : "ipv6");
}

/** An allowlist from CIDR strings ("10.0.0.0/8", "127.0.0.1/32", "fd00::/8"); invalid entries are ignored. */
export function buildAllowlist(cidrs: readonly string[]): BlockList {
  const list = new BlockList();
  for (const cidr of cidrs) {
    const [network, prefixText] = cidr.trim().split("/");
    const family = isIP(network ?? "");
    if (!network || family === 0) continue;
    const prefix = prefixText === undefined ? (family === 4 ? 32 : 128) : Number(prefixText);
    if (!Number.isInteger(prefix) || prefix < 0 || prefix > (family === 4 ? 32 : 128)) continue;
    list.addSubnet(network, prefix, family === 4 ? "ipv4" : "ipv6");
  }
  return list;
}

export function isValidCidr(cidr: string): boolean {
  const [network, prefixText] = cidr.trim().split("/");
  const family = isIP(network ?? "");
  if (family === 0) return false;
  if (prefixText === undefined) return true;
  const prefix = Number(prefixText);
  return Number.isInteger(prefix) && prefix >= 0 && prefix <= (family === 4 ? 32 : 128);
}

function isAllowlisted(address: string, allowlist: BlockList): boolean {
  const v4 = mappedIpv4(address);
  if (v4) return allowlist.check(v4, "ipv4");
  return allowlist.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/** May the connection go to this address? Plain http only to allowlisted addresses (test and internal receivers). */
export function checkAddress(
  address: string,
  options: { allowlist: BlockList; isPlainHttp: boolean },
): boolean {
  if (isAllowlisted(address, options.allowlist)) return true;
  return !options.isPlainHttp && isPublicAddress(address);
}
