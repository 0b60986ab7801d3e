// Decrypts what a retrieved message holds for the inbox; an unreadable envelope is reported, never thrown, so
// one broken row cannot hide the others.
import "server-only";
import { z } from "zod";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { retrievedContentContext, retrievedSenderContext } from "@/lib/crypto/encryption-contexts";
import { logger } from "@/lib/log/logger";

const ZContent = z.object({ title: z.string(), body: z.string() });
const ZSender = z.object({ id: z.string(), name: z.string() });

export function readMessageContent(row: { id: string; contentEncrypted: string | null }) {
  if (!row.contentEncrypted) return null;
  try {
    return ZContent.parse(
      JSON.parse(decryptString(row.contentEncrypted, { associatedData: retrievedContentContext(row.id) })),
    );
  } catch (error) {
    logger.warn({ err: error, retrievedMessageId: row.id }, "inbox: message content unreadable");
    return null;
  }
}

export function readMessageSender(row: { id: string; senderEncrypted: string | null }) {
  if (!row.senderEncrypted) return null;
  try {
    return ZSender.parse(
      JSON.parse(decryptString(row.senderEncrypted, { associatedData: retrievedSenderContext(row.id) })),
    );
  } catch (error) {
    logger.warn({ err: error, retrievedMessageId: row.id }, "inbox: message sender unreadable");
    return null;
  }
}
