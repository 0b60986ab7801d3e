// Read model of the admin submission list: only what identifies and tracks a submission, and the sender's
// henkilötunnus masked ("010280-****"); the full code is shown only in the audit-logged detail view.
import "server-only";
import { z } from "zod";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { retrievedSenderContext } from "@/lib/crypto/encryption-contexts";
import { getPrisma } from "@/lib/db/prisma";
import { logger } from "@/lib/log/logger";
import { maskHenkilotunnus } from "@/lib/security/mask-henkilotunnus";

const ZSender = z.object({ id: z.string() });

export type TSubmissionListItem = {
  id: string;
  reference: string;
  formSlug: string;
  status: string;
  createdAt: Date;
  lastHandedOffAt: Date | null;
  returnedAt: Date | null;
  retrievedAt: Date | null;
  deliveredAt: Date | null;
  /** The identified sender from Suomi.fi, masked; null until retrieved or after retention. */
  senderMasked: string | null;
};

async function maskedSenders(submissionIds: string[]): Promise<Map<string, string>> {
  const messages = await getPrisma().retrievedMessage.findMany({
    where: {
      submissionId: { in: submissionIds },
      match: { in: ["matched", "held"] },
      senderEncrypted: { not: null },
    },
    select: { id: true, submissionId: true, senderEncrypted: true },
  });
  const senders = new Map<string, string>();
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

export async function listSubmissions(
  organizationId: string,
  options: { take?: number } = {},
): Promise<TSubmissionListItem[]> {
  const rows = await getPrisma().submission.findMany({
    where: { organizationId },
    orderBy: { createdAt: "desc" },
    take: options.take ?? 200,
    select: {
      id: true,
      reference: true,
      status: true,
      createdAt: true,
      lastHandedOffAt: true,
      returnedAt: true,
      retrievedAt: true,
      deliveredAt: true,
      form: { select: { slug: true } },
    },
  });
  const senders = await maskedSenders(rows.map((row) => row.id));
  return rows.map(({ form, ...row }) => ({
    ...row,
    formSlug: form.slug,
    senderMasked: senders.get(row.id) ?? null,
  }));
}
