// An event about a message Lomake sent (created, read, receipt confirmed, paper mail, Posti), kept on that
// sent message. Found by the Suomi.fi message id within the connection; a replayed event adds nothing.
import "server-only";
import { getPrisma } from "@/lib/db/prisma";
import type { RetrievalEvent } from "@/lib/generated/prisma/client";

export async function recordSentMessageEvent(
  event: Pick<RetrievalEvent, "connectionId" | "messageId" | "type" | "eventTime" | "dedupeKey">,
): Promise<"sent-message-event" | "not-sent-by-us"> {
  if (event.messageId === null) return "not-sent-by-us";
  const prisma = getPrisma();
  const sentMessage = await prisma.sentMessage.findFirst({
    where: { connectionId: event.connectionId, suomifiMessageId: event.messageId },
    select: { id: true, organizationId: true },
  });
  if (!sentMessage) return "not-sent-by-us";
  const eventTime = new Date(event.eventTime);
  await prisma.sentMessageEvent.createMany({
    data: [
      {
        sentMessageId: sentMessage.id,
        organizationId: sentMessage.organizationId,
        type: event.type,
        eventTime: Number.isNaN(eventTime.getTime()) ? new Date(0) : eventTime,
        dedupeKey: event.dedupeKey,
      },
    ],
    skipDuplicates: true,
  });
  return "sent-message-event";
}
