// CIDR arithmetic for the outbound network policy: parse, contain, overlap. Pure, no I/O.
import { isIP } from "node:net";

export type TCidr = { family: 4 | 6; start: bigint; end: bigint; text: string };

function ipv4ToBigInt(address: string): bigint {
  return address.split(".").reduce((value, part) => (value << 8n) | BigInt(Number(part)), 0n);
}

function ipv6ToBigInt(address: string): bigint {
  let text = address.toLowerCase();
  // A trailing dotted IPv4 part (::ffff:127.0.0.1) becomes two hextets.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const v4 = ipv4ToBigInt(dotted[1]!);
    text = `${text.slice(0, -dotted[1]!.length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const headParts = head ? head.split(":") : [];
  const tailParts = tail ? tail.split(":") : [];
  const missing = tail === undefined ? 0 : 8 - headParts.length - tailParts.length;
  const parts = [...headParts, ...Array<string>(missing).fill("0"), ...tailParts];
  return parts.reduce((value, part) => (value << 16n) | BigInt(parseInt(part, 16)), 0n);
}

/** "10.0.0.0/8", "fd00::/8" or a bare address (a /32 or /128); null when it is not a valid CIDR. */
export function parseCidr(cidr: string): TCidr | null {
  const [network, prefixText, extra] = cidr.trim().split("/");
  if (extra !== undefined || !network) return null;
  const family = isIP(network);
  if (family !== 4 && family !== 6) return null;
  const bits = family === 4 ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return null;
  const value = family === 4 ? ipv4ToBigInt(network) : ipv6ToBigInt(network);
  const hostBits = BigInt(bits - prefix);
  const start = (value >> hostBits) << hostBits;
  return { family, start, end: start + (1n << hostBits) - 1n, text: cidr.trim() };
}

export function addressToCidr(address: string): TCidr | null {
  return parseCidr(address);
}

export function cidrContains(outer: TCidr, inner: TCidr): boolean {
  return outer.family === inner.family && outer.start <= inner.start && inner.end <= outer.end;
}

export function cidrOverlaps(a: TCidr, b: TCidr): boolean {
  return a.family === b.family && a.start <= b.end && b.start <= a.end;
}

/**
 * Ranges no configuration may open in production: loopback, link-local (cloud metadata 169.254.169.254 and
 * fd00:ec2::254), "this network", and the IPv6 forms that embed an IPv4 address (mapped, compatible, NAT64,
 * 6to4), through which loopback and metadata are reachable again.
 */
export const PROTECTED_RANGES: readonly TCidr[] = [
  "0.0.0.0/8",
  "127.0.0.0/8",
  "169.254.0.0/16",
  "::/96",
  "::ffff:0:0/96",
  "64:ff9b::/96",
  "2002::/16",
  "fe80::/10",
  "fd00:ec2::254/128",
].map((cidr) => parseCidr(cidr)!);

/** The protected range a CIDR overlaps, or null. */
export function findProtectedOverlap(cidr: TCidr): TCidr | null {
  return PROTECTED_RANGES.find((range) => cidrOverlaps(range, cidr)) ?? null;
}

export function splitList(value: string): string[] {
  return value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
}

/** Problems of one outbound-network setting, for start-up validation. */
export function findNetworkSettingProblems(
  name: string,
  value: string | undefined,
  isProduction: boolean,
): string[] {
  if (value === undefined) return [];
  const problems: string[] = [];
  for (const item of splitList(value)) {
    const cidr = parseCidr(item);
    if (!cidr) problems.push(`${name}: "${item}" is not a CIDR network (e.g. 10.20.0.0/16)`);
    else if (isProduction && findProtectedOverlap(cidr))
      problems.push(
        `${name}: "${item}" includes loopback, link-local or metadata addresses, never allowed in production`,
      );
  }
  return problems;
}
