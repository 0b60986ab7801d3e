// Login attempts, identified persons' sessions and unanswered request ids live minutes: the worker deletes
// the expired ones every hour, so an abandoned login leaves nothing behind.
import "server-only";

import { now } from "@/lib/clock";
import { getPrisma } from "@/lib/db/prisma";

export async function purgeIdentificationRecords(): Promise<number> {
  const at = now();
  const prisma = getPrisma();
  const [attempts, sessions, requests] = await prisma.$transaction([
    prisma.identificationAttempt.deleteMany({ where: { expiresAt: { lte: at } } }),
    prisma.identificationSession.deleteMany({ where: { expiresAt: { lte: at } } }),
    prisma.samlRequestId.deleteMany({ where: { expiresAt: { lte: at } } }),
  ]);
  return attempts.count + sessions.count + requests.count;
}
