// Submissions retrieved before the work view existed have no name hashes, and a migration cannot compute keyed
// hashes (the key is not in the database): start-up fills them in from the encrypted sender, in batches.
// Idempotent; a sender whose name is unreadable is logged and skipped.
import "server-only";
import { z } from "zod";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { retrievedSenderContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import { logger } from "@/lib/log/logger";
import { senderNameHashes } from "@/lib/submissions/sender-search";

const ZSender = z.object({ name: z.string().nullish() });

/** Fills sender_name_hashes of retrieved submissions that lack them; returns how many were filled. */
export async function backfillSenderNameHashes(batchSize = 500): Promise<number> {
  const prisma = getPrisma();
  let filled = 0;
  let afterId: string | null = null;
  for (;;) {
    const rows: { id: string }[] = await prisma.submission.findMany({
      where: {
        senderIdHash: { not: null },
        senderNameHashes: { isEmpty: true },
        ...(afterId ? { id: { gt: afterId } } : {}),
      },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true },
    });
    if (rows.length === 0) return filled;
    afterId = rows[rows.length - 1]!.id;
    const messages = await prisma.retrievedMessage.findMany({
      where: {
        submissionId: { in: rows.map((row) => row.id) },
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
        const hashes = senderNameHashes(sender.name);
        if (hashes.length === 0) continue;
        await prisma.submission.update({
          where: { id: message.submissionId! },
          data: { senderNameHashes: hashes },
        });
        filled += 1;
      } catch (error) {
        logger.warn({ err: error, retrievedMessageId: message.id }, "sender name not backfilled");
      }
    }
  }
}
