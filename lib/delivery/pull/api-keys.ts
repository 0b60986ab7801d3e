// Pull-API keys: "lmk_" + random, shown once, stored as SHA-256, revocable, read-only, per organisation.
import "server-only";
import { now } from "@/lib/clock";
import { hashToken, randomToken } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";

export const API_KEY_PREFIX = "lmk_";

export async function createApiKey(input: {
  organizationId: string;
  name: string;
  createdByUserId?: string | null;
}) {
  const token = `${API_KEY_PREFIX}${randomToken(32)}`;
  const key = await getPrisma().apiKey.create({
    data: {
      organizationId: input.organizationId,
      name: input.name,
      prefix: token.slice(0, API_KEY_PREFIX.length + 6),
      tokenHash: hashToken(token),
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
      scope: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
}

/** The organisation of a valid, unrevoked key in an `Authorization: Bearer lmk_…` header, or null. */
export async function authenticateApiKey(
  authorization: string | null,
): Promise<{ organizationId: string; keyId: string } | null> {
  const match = /^Bearer\s+(lmk_[A-Za-z0-9_-]{20,})$/.exec(authorization?.trim() ?? "");
  if (!match) return null;
  const prisma = getPrisma();
  const key = await prisma.apiKey.findUnique({ where: { tokenHash: hashToken(match[1]!) } });
  if (!key || key.revokedAt) return null;
  if (!key.lastUsedAt || now().getTime() - key.lastUsedAt.getTime() > 60_000) {
    await prisma.apiKey.update({ where: { id: key.id }, data: { lastUsedAt: now() } });
  }
  return { organizationId: key.organizationId, keyId: key.id };
}
