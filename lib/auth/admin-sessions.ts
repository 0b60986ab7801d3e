// Server-side state of admin sessions. Sessions are JWT cookies (next-auth 4 with credentials), so a cookie
// cannot be taken back; every request therefore also checks the session's row here, and signing out, "sign
// out everywhere" and a password change revoke rows. A copied cookie stops working at once.
import "server-only";
import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function createAdminSession(userId: string, maxAgeSeconds: number): Promise<string> {
  const createdAt = now();
  const row = await getPrisma().adminSession.create({
    data: { userId, createdAt, expiresAt: new Date(createdAt.getTime() + maxAgeSeconds * 1000) },
  });
  return row.id;
}

export async function isAdminSessionActive(sessionId: string | undefined, userId: string): Promise<boolean> {
  if (!sessionId || !/^[0-9a-f-]{36}$/i.test(sessionId)) return false;
  const row = await getPrisma().adminSession.findUnique({ where: { id: sessionId } });
  return Boolean(row && row.userId === userId && !row.revokedAt && row.expiresAt > now());
}

export async function revokeAdminSession(sessionId: string | undefined): Promise<void> {
  if (!sessionId || !/^[0-9a-f-]{36}$/i.test(sessionId)) return;
  await getPrisma().adminSession.updateMany({
    where: { id: sessionId, revokedAt: null },
    data: { revokedAt: now() },
  });
}

/** Every session of the user, except `keepSessionId` (the browser changing its own password stays in). */
export async function revokeAllAdminSessions(
  userId: string,
  options: { keepSessionId?: string; tx?: Prisma.TransactionClient } = {},
): Promise<number> {
  const { count } = await (options.tx ?? getPrisma()).adminSession.updateMany({
    where: {
      userId,
      revokedAt: null,
      ...(options.keepSessionId ? { id: { not: options.keepSessionId } } : {}),
    },
    data: { revokedAt: now() },
  });
  return count;
}
