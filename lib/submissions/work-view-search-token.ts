// A search by name or henkilötunnus is posted, never put in a URL: the server turns it into keyed hashes and
// seals them into a short-lived token bound to the handler, which the list's URL carries instead.
import "server-only";
import { z } from "zod";
import { now } from "@/lib/clock";
import { DomainError } from "@/lib/errors/domain-error";
import { decryptString, encryptString } from "@/lib/crypto/encrypt-value";
import { isValidHenkilotunnus, normaliseHenkilotunnus } from "@/lib/forms/vendor/henkilotunnus";
import { maskHenkilotunnus } from "@/lib/security/mask-henkilotunnus";
import { nameWords, senderIdSearchHash, senderNameHashes } from "@/lib/submissions/sender-search";
import { workViewHref, ZWorkViewFilters } from "@/lib/submissions/work-view-filters";

const TOKEN_MINUTES = 30;

const ZSearch = z.object({
  nameHashes: z.array(z.string()).max(20),
  /** Only to show the handler what they searched (the page, never a URL). */
  name: z.string().max(200).nullable(),
  idHash: z.string().nullable(),
  idMasked: z.string().nullable(),
  expiresAt: z.number(),
});
export type TWorkViewSearch = z.infer<typeof ZSearch>;

export type TSearchInput = { name?: string | undefined; henkilotunnus?: string | undefined };

export class WorkViewSearchError extends DomainError<"invalidHenkilotunnus" | "nameTooLong"> {}

const context = (userId: string) => `work-view-search:${userId}`;

/** The token of a search, or null when nothing personal was asked for. Throws WorkViewSearchError. */
export function createSearchToken(
  userId: string,
  input: TSearchInput,
  previous: TWorkViewSearch | null = null,
): string | null {
  const name = input.name?.trim() ?? "";
  const code = input.henkilotunnus?.trim() ?? "";
  // The henkilötunnus is never shown back in the form, so changing a filter keeps the one searched before.
  const kept = code ? null : previous;
  if (!name && !code && !kept?.idHash) return null;
  if (name.length > 200 || nameWords(name).length > 20) throw new WorkViewSearchError("nameTooLong");
  let idHash: string | null = kept?.idHash ?? null;
  let idMasked: string | null = kept?.idMasked ?? null;
  if (code) {
    const normalised = normaliseHenkilotunnus(code);
    if (!isValidHenkilotunnus(normalised)) throw new WorkViewSearchError("invalidHenkilotunnus");
    idHash = senderIdSearchHash(normalised);
    idMasked = maskHenkilotunnus(normalised);
  }
  const search: TWorkViewSearch = {
    nameHashes: senderNameHashes(name),
    name: name || null,
    idHash,
    idMasked,
    expiresAt: now().getTime() + TOKEN_MINUTES * 60_000,
  };
  return encryptString(JSON.stringify(search), { associatedData: context(userId) });
}

/** The search a token holds, or null when it is another user's, tampered with or expired. */
export function readSearchToken(userId: string, token: string): TWorkViewSearch | null {
  try {
    const search = ZSearch.parse(JSON.parse(decryptString(token, { associatedData: context(userId) })));
    return search.expiresAt > now().getTime() ? search : null;
  } catch {
    return null;
  }
}

const ZSearchForm = z.object({
  name: z.string().max(1000).optional(),
  henkilotunnus: z.string().max(100).optional(),
  /** The search shown when the form was posted. */
  search: z.string().max(4000).optional(),
});

/**
 * Where the posted search form leads: the list's address with the filters and, instead of the name or
 * henkilötunnus, the token. A bad henkilötunnus leads back with an error code (and never the value).
 */
export function workViewSearchHref(userId: string, posted: Record<string, unknown>): string {
  const filters = ZWorkViewFilters.safeParse({
    ...posted,
    search: undefined,
    after: undefined,
    before: undefined,
  });
  const base = filters.success ? filters.data : ZWorkViewFilters.parse({});
  const input = ZSearchForm.safeParse(posted);
  try {
    const previous = input.success && input.data.search ? readSearchToken(userId, input.data.search) : null;
    const search = input.success ? createSearchToken(userId, input.data, previous) : null;
    return workViewHref({ ...base, search: search ?? undefined });
  } catch (error) {
    if (!(error instanceof WorkViewSearchError)) throw error;
    const href = workViewHref(base);
    return `${href}${href.includes("?") ? "&" : "?"}error=${error.code}`;
  }
}
