// Finds every henkilötunnus in a value (answers JSON, a sender) and gives the keyed hashes stored beside the
// encrypted data, so one person's data can be found for an erasure request without decrypting everything.
import "server-only";

import { keyedHash } from "@/lib/crypto/keyed-hash";
import { isValidHenkilotunnus, normaliseHenkilotunnus } from "@/lib/forms/vendor/henkilotunnus";
import { HENKILOTUNNUS_SHAPE } from "@/lib/security/mask-henkilotunnus";
import { normaliseBusinessId } from "@/lib/forms/vendor/business-id";

const MAX_DEPTH = 20;

function collect(value: unknown, found: Set<string>, depth: number): void {
  if (depth > MAX_DEPTH) return;
  if (typeof value === "string") {
    for (const match of value.matchAll(HENKILOTUNNUS_SHAPE)) {
      const code = normaliseHenkilotunnus(match[0]);
      if (isValidHenkilotunnus(code)) found.add(code);
    }
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, found, depth + 1);
  } else if (value && typeof value === "object") {
    for (const item of Object.values(value)) collect(item, found, depth + 1);
  }
}

/** Every valid henkilötunnus in any string of the value (a dedicated field or typed into free text). */
export function findHenkilotunnukset(value: unknown): string[] {
  const found = new Set<string>();
  collect(value, found, 0);
  return [...found].sort();
}

export function henkilotunnusHash(code: string): string {
  return keyedHash(code, { purpose: "henkilotunnus" });
}

export function personIdHashes(value: unknown): string[] {
  return findHenkilotunnukset(value).map(henkilotunnusHash);
}

/** A company's Y-tunnus, normalised ("1912105-6"), under its own purpose: never equal to a person's hash. */
export function businessIdHash(code: string): string {
  return keyedHash(normaliseBusinessId(code), { purpose: "business-id" });
}

/** The keyed hash of whom a form was filed for: a person's henkilötunnus or a company's Y-tunnus. */
export function principalIdHash(principal: { kind: "person" | "company"; id: string }): string {
  return principal.kind === "company" ? businessIdHash(principal.id) : henkilotunnusHash(principal.id);
}
