// The identified sender of each submission, masked ("010280-****"): what lists may show. The full code is
// shown only in the audit-logged detail view.
import "server-only";
import { z } from "zod";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { retrievedSenderContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import { logger } from "@/lib/log/logger";
import { maskHenkilotunnus } from "@/lib/security/mask-henkilotunnus";

const ZSender = z.object({ id: z.string() });

export async function maskedSenders(submissionIds: string[]): Promise<Map<string, string>> {
  const senders = new Map<string, string>();
  if (submissionIds.length === 0) return senders;
  const messages = await getPrisma().retrievedMessage.findMany({
    where: {
      submissionId: { in: submissionIds },
      match: { in: ["matched", "held"] },
      senderEncrypted: { not: null },
    },
    select: { id: true, submissionId: true, senderEncrypted: true },
  });
  for (const message of messages) {
    try {
      const sender = ZSender.parse(
        JSON.parse(
          decryptString(message.senderEncrypted!, { associatedData: retrievedSenderContext(message.id) }),
        ),
      );
      senders.set(message.submissionId!, maskHenkilotunnus(sender.id));
    } catch (error) {
      logger.warn({ err: error, retrievedMessageId: message.id }, "sender of a retrieved message unreadable");
    }
  }
  return senders;
}
