// The operator's outbound network policy, from configuration. Public addresses are always reachable (over
// https); internal networks only when the operator lists them, and in production never loopback, link-local
// or cloud metadata (such a configuration is refused at start-up and at use).
import type { BlockList } from "node:net";
import { buildAllowlist } from "@/lib/http/address-policy";
import { getEnv, type TEnv } from "@/lib/env";
import { createGuardedFetch, type TGuardedFetchOptions } from "@/lib/http/guarded-fetch";
import {
  cidrContains,
  findNetworkSettingProblems,
  findProtectedOverlap,
  parseCidr,
  splitList,
  type TCidr,
} from "@/lib/http/network-ranges";

/** Loopback, so the sandbox and test receivers on this machine work outside production. */
const DEVELOPMENT_DEFAULT = "127.0.0.0/8,::1/128";

/** Problems of the outbound-network settings; the runner and the worker refuse to start with any. */
export function findOutboundSettingProblems(env: TEnv = getEnv()): string[] {
  return [
    ...findNetworkSettingProblems("LOMAKE_INTERNAL_NETWORKS", env.LOMAKE_INTERNAL_NETWORKS, env.isProduction),
    ...findNetworkSettingProblems(
      "SUOMIFI_REST_INTERNAL_NETWORKS",
      env.SUOMIFI_REST_INTERNAL_NETWORKS,
      env.isProduction,
    ),
    ...findNetworkSettingProblems("TRUSTED_PROXIES", env.TRUSTED_PROXIES, false),
  ];
}

/** Throws when a setting is invalid, so a bad configuration never quietly opens (or closes) a network. */
export function assertOutboundSettings(env: TEnv = getEnv()): void {
  const problems = findOutboundSettingProblems(env);
  if (problems.length > 0) throw new Error(`Invalid environment configuration:\n${problems.join("\n")}`);
}

/** Internal networks the Suomi.fi REST address may resolve to (the sandbox on loopback outside production). */
export function suomifiInternalNetworks(env: TEnv = getEnv()): string[] {
  assertOutboundSettings(env);
  return splitList(env.SUOMIFI_REST_INTERNAL_NETWORKS ?? (env.isProduction ? "" : DEVELOPMENT_DEFAULT));
}

/** Internal networks organisations may choose for webhook targets (operator-set; tenants pick among them). */
export function webhookInternalNetworks(env: TEnv = getEnv()): string[] {
  assertOutboundSettings(env);
  return splitList(env.LOMAKE_INTERNAL_NETWORKS ?? (env.isProduction ? "" : DEVELOPMENT_DEFAULT));
}

export function suomifiOutboundAllowlist(env: TEnv = getEnv()): BlockList {
  return buildAllowlist(suomifiInternalNetworks(env));
}

export type TTenantNetworkCheck =
  { isAllowed: true; cidr: TCidr } | { isAllowed: false; reason: "invalid" | "not-offered" };

/**
 * May an organisation allow this network for its webhooks? Only inside a network the operator offers, and in
 * production never overlapping loopback, link-local or metadata (even if an operator listed one).
 */
export function checkTenantNetwork(entry: string, env: TEnv = getEnv()): TTenantNetworkCheck {
  const cidr = parseCidr(entry);
  if (!cidr) return { isAllowed: false, reason: "invalid" };
  if (env.isProduction && findProtectedOverlap(cidr)) return { isAllowed: false, reason: "not-offered" };
  const offered = webhookInternalNetworks(env)
    .map((item) => parseCidr(item))
    .filter((item): item is TCidr => item !== null);
  if (!offered.some((network) => cidrContains(network, cidr)))
    return { isAllowed: false, reason: "not-offered" };
  return { isAllowed: true, cidr };
}

/**
 * The allowlist a webhook delivery uses: the organisation's entries that the operator still offers. An entry
 * saved before the operator narrowed the setting (or written to the database by other means) counts for nothing.
 */
export function webhookOutboundAllowlist(tenantEntries: readonly string[], env: TEnv = getEnv()): BlockList {
  return buildAllowlist(tenantEntries.filter((entry) => checkTenantNetwork(entry, env).isAllowed));
}

/** The fetch every Suomi.fi REST client uses: public https, or the operator's SUOMIFI_REST_INTERNAL_NETWORKS. */
export function createSuomifiFetch(
  network: Pick<TGuardedFetchOptions, "resolve" | "connect"> = {},
): typeof fetch {
  return createGuardedFetch({ allowlist: suomifiOutboundAllowlist(), ...network });
}
