// Who sent a message through Suomi.fi, as a target receives it: the mailbox owner (a person or a company) and, when
// someone acted for them through a mandate (Suomi.fi Valtuudet), the person who did.
import { isValidBusinessId } from "@/lib/forms/vendor/business-id";

/** A Suomi.fi `{ id, name }`: the id is a henkilötunnus for a person, a Y-tunnus for a company. */
export type TSuomifiParty = { id: string; name: string };

/** What the retrieval stores (encrypted) of a message's sender. */
export type TStoredSender = TSuomifiParty & { onBehalf?: TSuomifiParty | null };

export type TSenderDetail = "none" | "name" | "name-and-id";

export type TPayloadParty = {
  kind: "person" | "company";
  name: string;
  personalIdentityCode: string | null;
  businessId: string | null;
};

export function partyKind(id: string): TPayloadParty["kind"] {
  return /^\d{7}-\d$/.test(id) && isValidBusinessId(id) ? "company" : "person";
}

/**
 * A party as the target's sender detail allows: "name" gives the name (and a company's Y-tunnus, which is public),
 * "name-and-id" also a person's henkilötunnus. A company's id is never sent as a henkilötunnus.
 */
export function toPayloadParty(party: TSuomifiParty, detail: Exclude<TSenderDetail, "none">): TPayloadParty {
  const kind = partyKind(party.id);
  return {
    kind,
    name: party.name,
    personalIdentityCode: kind === "person" && detail === "name-and-id" ? party.id : null,
    businessId: kind === "company" ? party.id : null,
  };
}

/**
 * `sender` is who sent the message: the person who acted, when someone acted for the mailbox owner; otherwise the
 * owner. `onBehalfOf` is the owner they acted for (a child, a principal, a company), or null. The matter concerns
 * `onBehalfOf ?? sender`.
 */
export function payloadSenders(
  stored: TStoredSender | null,
  detail: TSenderDetail,
): { sender: TPayloadParty | null; onBehalfOf: TPayloadParty | null } {
  if (!stored || detail === "none") return { sender: null, onBehalfOf: null };
  const owner = { id: stored.id, name: stored.name };
  if (!stored.onBehalf) return { sender: toPayloadParty(owner, detail), onBehalfOf: null };
  return { sender: toPayloadParty(stored.onBehalf, detail), onBehalfOf: toPayloadParty(owner, detail) };
}
