// Finding a submission by its sender without keeping the sender readable: each word of the name and the
// henkilötunnus are stored only as keyed hashes, and a search hashes what the handler typed the same way.
import "server-only";
import { keyedHash } from "@/lib/crypto/keyed-hash";
import { henkilotunnusHash } from "@/lib/security/person-id-hashes";

/** The words of a name as searched: "Meikäläinen-Virtanen, Maija" → meikäläinen, virtanen, maija. */
export function nameWords(name: string): string[] {
  const words = name
    .normalize("NFC")
    .toLowerCase()
    .split(/[\s,.\-–]+/u)
    .filter((word) => word.length > 0);
  return [...new Set(words)].sort();
}

/** What the submission stores of its sender's name (and what a search must contain all of). */
export function senderNameHashes(name: string | null | undefined): string[] {
  return name ? nameWords(name).map((word) => keyedHash(word, { purpose: "person-name" })) : [];
}

export function senderIdSearchHash(henkilotunnus: string): string {
  return henkilotunnusHash(henkilotunnus);
}
