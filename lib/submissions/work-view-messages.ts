// The citizens' messages as rows of the work view, beside the submissions: the inbox's messages (new messages to a
// service, mentions, replies in an inbox thread, unplaceable ones), filtered like submissions where a filter means
// something for a message and paged by the same keyset, over (retrieved_at, id).
import "server-only";
import { z } from "zod";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { retrievedSenderContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { maskHenkilotunnus } from "@/lib/security/mask-henkilotunnus";
import type { TWorkViewCursor, TWorkViewFilters } from "@/lib/submissions/work-view-filters";
import type { TWorkViewSearch } from "@/lib/submissions/work-view-search-token";

/** The messages that belong in the inbox (not the forms themselves, not replies placed on a submission). */
export function inboxWhere(organizationId: string): Prisma.RetrievedMessageWhereInput {
  return {
    organizationId,
    OR: [
      { match: { in: ["unmatched", "mention"] } },
      { match: "reply", inReplyToRetrievedId: { not: null } },
    ],
  };
}

export type TWorkViewMessage = {
  kind: "message";
  id: string;
  /** When Lomake retrieved it: the row's place in the list. */
  createdAt: Date;
  serviceName: string | null;
  inboxState: "new" | "in_progress" | "handled";
  assignedToUserId: string | null;
  senderMasked: string | null;
  mentionedSubmissionId: string | null;
};

const ZSender = z.object({ id: z.string() });

/**
 * The messages' part of the work view, or null when a filter names what only a submission has (a form, a state,
 * a reference): then the list holds no messages.
 */
export async function messagesWhere(
  organizationId: string,
  userId: string,
  filters: TWorkViewFilters,
  search: TWorkViewSearch | null,
  dayStart: (date: string) => Date,
): Promise<Prisma.RetrievedMessageWhereInput | null> {
  if (filters.form || filters.state || filters.reference) return null;
  const and: Prisma.RetrievedMessageWhereInput[] = [inboxWhere(organizationId)];
  if (filters.service) {
    const service = await getPrisma().suomifiService.findFirst({
      where: { id: filters.service, connection: { organizationId } },
      select: { connectionId: true, serviceId: true },
    });
    if (!service) return null;
    and.push({ connectionId: service.connectionId, serviceId: service.serviceId });
  }
  if (filters.handled === "yes") and.push({ inboxState: "handled" });
  if (filters.handled === "no") and.push({ inboxState: { not: "handled" } });
  if (filters.assignee === "me") and.push({ assignedToUserId: userId });
  else if (filters.assignee === "none") and.push({ assignedToUserId: null });
  else if (filters.assignee) and.push({ assignedToUserId: filters.assignee });
  if (filters.from) and.push({ retrievedAt: { gte: dayStart(filters.from) } });
  if (filters.to) {
    const next = new Date(`${filters.to}T12:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    and.push({ retrievedAt: { lt: dayStart(next.toISOString().slice(0, 10)) } });
  }
  if (search?.nameHashes.length) and.push({ senderNameHashes: { hasEvery: search.nameHashes } });
  if (search?.idHash) and.push({ senderIdHash: search.idHash });
  return { AND: and };
}

/** Up to `take` messages beyond the cursor in reading order. */
export async function readWorkViewMessages(
  where: Prisma.RetrievedMessageWhereInput,
  cursor: TWorkViewCursor | null,
  isReading: boolean,
  take: number,
): Promise<TWorkViewMessage[]> {
  const beyond = isReading ? "lt" : "gt";
  const prisma = getPrisma();
  const rows = await prisma.retrievedMessage.findMany({
    where: cursor
      ? {
          AND: [
            where,
            {
              OR: [
                { retrievedAt: { [beyond]: cursor.createdAt } },
                { retrievedAt: cursor.createdAt, id: { [beyond]: cursor.id } },
              ],
            },
          ],
        }
      : where,
    orderBy: [{ retrievedAt: isReading ? "desc" : "asc" }, { id: isReading ? "desc" : "asc" }],
    take,
    select: {
      id: true,
      retrievedAt: true,
      connectionId: true,
      serviceId: true,
      inboxState: true,
      assignedToUserId: true,
      senderEncrypted: true,
      mentionedSubmissionId: true,
    },
  });
  if (rows.length === 0) return [];
  const services = await prisma.suomifiService.findMany({
    where: { connectionId: { in: [...new Set(rows.map((row) => row.connectionId))] } },
    select: { connectionId: true, serviceId: true, name: true },
  });
  return rows.map((row) => ({
    kind: "message" as const,
    id: row.id,
    createdAt: row.retrievedAt,
    serviceName:
      services.find((s) => s.connectionId === row.connectionId && s.serviceId === row.serviceId)?.name ??
      null,
    inboxState: row.inboxState,
    assignedToUserId: row.assignedToUserId,
    senderMasked: maskedSender(row),
    mentionedSubmissionId: row.mentionedSubmissionId,
  }));
}

function maskedSender(row: { id: string; senderEncrypted: string | null }): string | null {
  if (!row.senderEncrypted) return null;
  try {
    const sender = ZSender.parse(
      JSON.parse(decryptString(row.senderEncrypted, { associatedData: retrievedSenderContext(row.id) })),
    );
    return maskHenkilotunnus(sender.id);
  } catch (error) {
    logger.warn({ err: error, retrievedMessageId: row.id }, "sender of a retrieved message unreadable");
    return null;
  }
}
