// node-saml's CacheProvider over PostgreSQL: the ids of AuthnRequests (and LogoutRequests) sent and not yet
// answered, shared by every web process. node-saml reads an id (twice: Response and SubjectConfirmation) and
// removes it after validation, so a replayed Response no longer finds it; two racing posts of one Response are
// stopped by the attempt, which accepts one identity only (receive-assertion.ts).
import "server-only";

import type { CacheItem, CacheProvider } from "@node-saml/node-saml";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";

export const REQUEST_ID_TTL_MS = 30 * 60 * 1000;

export class SamlRequestStore implements CacheProvider {
  /** The request id the last successful getAsync consumed: the Response's InResponseTo. */
  consumedRequestId: string | undefined;

  async saveAsync(key: string, value: string): Promise<CacheItem | null> {
    await getPrisma().samlRequestId.create({
      data: { id: key, expiresAt: new Date(now().getTime() + REQUEST_ID_TTL_MS) },
    });
    return { value, createdAt: now().getTime() };
  }

  /** node-saml expects the value saved: the request's creation time. */
  async getAsync(key: string): Promise<string | null> {
    const row = await getPrisma().samlRequestId.findUnique({ where: { id: key } });
    if (!row || row.expiresAt <= now()) return null;
    this.consumedRequestId = key;
    return new Date(row.expiresAt.getTime() - REQUEST_ID_TTL_MS).toISOString();
  }

  async removeAsync(key: string | null): Promise<string | null> {
    if (!key) return null;
    await getPrisma().samlRequestId.deleteMany({ where: { id: key } });
    return key;
  }
}
