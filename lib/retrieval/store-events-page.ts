// One page of events and the continuation token that follows it, in one transaction. Replaying a page
// (after a crash before the commit, or Suomi.fi serving it twice) inserts nothing new.
import "server-only";
import { now } from "@/lib/clock";
import { sha256Hex } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";
import { faultPoint } from "@/lib/jobs/fault-point";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TEventsPage, TSuomifiEvent } from "@/lib/suomifi/rest-schemas";

export function eventDedupeKey(event: TSuomifiEvent): string {
  const metadata = event.metadata;
  return sha256Hex(
    [
      event.type,
      metadata.messageId ?? "",
      event.eventTime,
      metadata.externalId ?? "",
      metadata.serviceId ?? "",
    ].join("\n"),
  );
}

export async function storeEventsPage(
  connection: { id: string; organizationId: string },
  page: TEventsPage,
): Promise<{ inserted: number }> {
  const prisma = getPrisma();
  const at = now();
  return prisma.$transaction(async (tx) => {
    const { count } = await tx.retrievalEvent.createMany({
      data: page.events.map((event) => ({
        connectionId: connection.id,
        organizationId: connection.organizationId,
        dedupeKey: eventDedupeKey(event),
        type: event.type,
        eventTime: event.eventTime,
        messageId: event.metadata.messageId === undefined ? null : BigInt(event.metadata.messageId),
        serviceId: event.metadata.serviceId ?? null,
        metadata: event.metadata as Prisma.InputJsonValue,
        createdAt: at,
      })),
      skipDuplicates: true,
    });
    await tx.retrievalCursor.update({
      where: { connectionId: connection.id },
      data: { continuationToken: page.continuationToken, pagesRead: { increment: 1 }, updatedAt: at },
    });
    faultPoint("events-page-transaction");
    return { inserted: count };
  });
}
