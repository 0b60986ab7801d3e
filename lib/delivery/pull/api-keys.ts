// API keys: "lmk_" + random, shown once, stored as SHA-256, revocable, per organisation, each with the scopes
// its owner chose (reading, acknowledging, sending case messages); nothing widens a key afterwards.
import "server-only";
import { z } from "zod";
import { now } from "@/lib/clock";
import { hashToken, randomToken } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";
import { API_SCOPES, isApiScope, type TApiScope } from "@/lib/delivery/pull/api-scopes";

export const API_KEY_PREFIX = "lmk_";

/** The key form: a name and one checkbox per scope (field `scope.<scope>`), at least one checked. */
export const ZCreateApiKey = z
  .object({ name: z.string().trim().min(1).max(100) })
  .catchall(z.unknown())
  .transform((input, context) => {
    const scopes = API_SCOPES.filter((scope) => input[`scope.${scope}`] === "on");
    if (scopes.length === 0) {
      context.addIssue({ code: "custom", path: ["scopes"], message: "scopeRequired" });
      return z.NEVER;
    }
    return { name: input.name, scopes };
  });

export async function createApiKey(input: {
  organizationId: string;
  name: string;
  scopes: readonly TApiScope[];
  createdByUserId?: string | null;
}) {
  const token = `${API_KEY_PREFIX}${randomToken(32)}`;
  const key = await getPrisma().apiKey.create({
    data: {
      organizationId: input.organizationId,
      name: input.name,
      prefix: token.slice(0, API_KEY_PREFIX.length + 6),
      tokenHash: hashToken(token),
      // In the order of API_SCOPES, each once.
      scopes: API_SCOPES.filter((scope) => input.scopes.includes(scope)),
      createdByUserId: input.createdByUserId ?? null,
      createdAt: now(),
    },
  });
  return { token, key };
}

export async function revokeApiKey(organizationId: string, id: string): Promise<boolean> {
  const { count } = await getPrisma().apiKey.updateMany({
    where: { id, organizationId, revokedAt: null },
    data: { revokedAt: now() },
  });
  return count > 0;
}

export async function listApiKeys(organizationId: string) {
  return getPrisma().apiKey.findMany({
    where: { organizationId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      scopes: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
}

export type TApiKeyAuth = {
  organizationId: string;
  keyId: string;
  name: string;
  prefix: string;
  scopes: TApiScope[];
};

/** The organisation of a valid, unrevoked key in an `Authorization: Bearer lmk_…` header, or null. */
export async function authenticateApiKey(authorization: string | null): Promise<TApiKeyAuth | null> {
  const match = /^Bearer\s+(lmk_[A-Za-z0-9_-]{20,})$/.exec(authorization?.trim() ?? "");
  if (!match) return null;
  const prisma = getPrisma();
  const key = await prisma.apiKey.findUnique({ where: { tokenHash: hashToken(match[1]!) } });
  if (!key || key.revokedAt) return null;
  if (!key.lastUsedAt || now().getTime() - key.lastUsedAt.getTime() > 60_000) {
    await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now() } });
  }
  return {
    organizationId: key.organizationId,
    keyId: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes.filter(isApiScope),
  };
}
