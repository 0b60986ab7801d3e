// Receipt acknowledgements, by the channel that reaches the person (lib/outgoing: electronically, or as paper
// mail when they have no mailbox or the form must never go electronically). The externalId is derived from the
// submission, so a retry or a second worker never sends twice: Suomi.fi answers 409 with the original message.
import "server-only";
import { now, latestPlausibleDue } from "@/lib/clock";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { getPrisma } from "@/lib/db/prisma";
import { applySubmissionMove } from "@/lib/submissions/apply-submission-move";
import { withAdvisoryLock } from "@/lib/jobs/with-advisory-lock";
import type { RetrievedMessage } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { buildReceipt } from "@/lib/retrieval/build-receipt";
import { retrievedSenderContext } from "@/lib/crypto/encryption-contexts";
import { createConnectionRestClient, type TClientOverrides } from "@/lib/retrieval/connection-rest-client";
import { SuomifiError } from "@/lib/suomifi/errors";
import { receiptExternalId } from "@/lib/retrieval/sent-message-ids";
import { findReceiptAddress } from "@/lib/retrieval/receipt-recipient";
import { OutgoingChannelError } from "@/lib/outgoing/outgoing-error";
import { sendOutgoingMessage } from "@/lib/outgoing/send-outgoing-message";
import type { TSuomifiRestClient } from "@/lib/suomifi/rest-client";

const MAX_RECEIPT_RETRY_DELAY_MS = 3_600_000;

const MAX_RECEIPT_ATTEMPTS = 20;
const RECEIPT_PAGE_SIZE = 200;

export async function sendDueReceipts(input: {
  connectionId: string;
  client: TSuomifiRestClient;
  /** Rows read per query (tests use a small one). */
  pageSize?: number;
}): Promise<number> {
  const pageSize = input.pageSize ?? RECEIPT_PAGE_SIZE;
  const prisma = getPrisma();
  let sent = 0;
  // Every due receipt, page by page (a backlog of thousands must not wait for the next poll), each row once.
  for (let afterSequence = BigInt(-1); ;) {
    const due = await prisma.retrievedMessage.findMany({
      where: {
        connectionId: input.connectionId,
        receiptStatus: "pending",
        submissionId: { not: null },
        sequence: { gt: afterSequence },
        OR: [
          { receiptNextTryAt: null },
          { receiptNextTryAt: { lte: now() } },
          { receiptNextTryAt: { gt: latestPlausibleDue(MAX_RECEIPT_RETRY_DELAY_MS) } },
        ],
      },
      orderBy: { sequence: "asc" },
      take: pageSize,
    });
    for (const message of due) {
      afterSequence = message.sequence;
      const outcome = await sendReceipt(input.client, message);
      if (outcome === "sent") sent += 1;
      // Suomi.fi (or the way to it) is down for everyone: the rest of the backlog would fail the same way and
      // each row would back off for longer at every outage. They wait, untouched, for the next run.
      if (outcome === "unavailable") return sent;
    }
    if (due.length < pageSize) return sent;
  }
}

/** The lock that lets one process at a time send a connection's receipts. */
export const receiptsLockName = (connectionId: string) => `receipts:${connectionId}`;

/**
 * The receipts job: every due receipt of an active connection, unless another worker is sending them right now
 * (then it catches these too, or the next run does). Runs beside the retrieval, so a backlog's receipts do not
 * wait until every message is fetched.
 */
export async function sendConnectionReceipts(
  connectionId: string,
  overrides: TClientOverrides = {},
): Promise<{ isSkipped: true } | { isSkipped: false; sent: number }> {
  const connection = await getPrisma().suomifiConnection.findUnique({ where: { id: connectionId } });
  if (!connection || !connection.isActive) return { isSkipped: true };
  const client = createConnectionRestClient(connection, overrides);
  const outcome = await withAdvisoryLock(receiptsLockName(connectionId), () =>
    sendDueReceipts({ connectionId, client }),
  );
  return outcome.isLocked ? { isSkipped: false, sent: outcome.result } : { isSkipped: true };
}

/**
 * One receipt: "sent" when Suomi.fi accepted it (or already had it), "unavailable" when the service itself did not
 * answer (5xx, 429, no response), "failed" otherwise.
 */
async function sendReceipt(
  client: TSuomifiRestClient,
  message: RetrievedMessage,
): Promise<"sent" | "failed" | "unavailable"> {
  const prisma = getPrisma();
  const submission = await prisma.submission.findUnique({
    where: { id: message.submissionId! },
    include: {
      form: { select: { receiptTemplate: true, isPaperOnly: true } },
      formVersion: { select: { definition: true } },
    },
  });
  if (!submission || !message.senderEncrypted) return "failed";
  const sender = JSON.parse(
    decryptString(message.senderEncrypted, { associatedData: retrievedSenderContext(message.id) }),
  ) as { id: string; name?: string };
  const receipt = buildReceipt({
    receiptTemplate: submission.form.receiptTemplate,
    formTitle: (submission.formVersion.definition as { title?: unknown }).title,
    language: submission.language,
    reference: submission.reference,
  });
  const attempts = message.receiptAttempts + 1;
  try {
    const result = await sendOutgoingMessage(client, {
      organizationId: message.organizationId,
      serviceId: message.serviceId,
      externalId: receiptExternalId(submission.id),
      recipient: {
        id: sender.id,
        name: sender.name ?? "",
        address: findReceiptAddress({
          id: submission.id,
          answersEncrypted: submission.answersEncrypted,
          definition: submission.formVersion.definition,
        }),
      },
      isPaperOnly: submission.form.isPaperOnly,
      electronic: {
        title: receipt.title,
        body: receipt.body,
        bodyFormat: "Text",
        messageServiceType: "Normal",
        // The citizen may answer the receipt: the reply lands on the submission by its thread.
        replyAllowedBy: "Anyone",
        visibility: "Normal",
        attachments: [],
        notifications: {
          senderDetailsInNotifications: "Organisation and service name",
          unreadMessageNotification: { reminder: "No reminders" },
        },
        inReplyToMessageId: Number(message.suomifiMessageId),
      },
    });
    await prisma.$transaction(async (tx) => {
      await tx.retrievedMessage.update({
        where: { id: message.id },
        data: {
          receiptStatus: "sent",
          receiptAttempts: attempts,
          receiptMessageId: BigInt(result.messageId),
          receiptSentAt: now(),
          receiptError: null,
        },
      });
      // Lomake's own sent message: a citizen's reply to the receipt names it as its thread.
      await tx.sentMessage.upsert({
        where: {
          connectionId_externalId: {
            connectionId: message.connectionId,
            externalId: receiptExternalId(submission.id),
          },
        },
        create: {
          organizationId: message.organizationId,
          connectionId: message.connectionId,
          serviceId: message.serviceId,
          kind: "receipt",
          externalId: receiptExternalId(submission.id),
          suomifiMessageId: BigInt(result.messageId),
          submissionId: submission.id,
          retrievedMessageId: message.id,
          channel: result.channel,
          status: "sent",
          sentAt: now(),
        },
        update: { suomifiMessageId: BigInt(result.messageId), status: "sent", channel: result.channel },
      });
      await applySubmissionMove(tx, submission.id, {
        type: "receipt_sent",
        details: {
          messageId: result.messageId,
          isAlreadySent: result.isAlreadySent,
          channel: result.channel,
        },
      });
    });
    return "sent";
  } catch (error) {
    // No channel reaches the person (no mailbox and no paper mail, no address): retrying changes nothing.
    const isPermanent =
      error instanceof OutgoingChannelError || (error instanceof SuomifiError && !error.isRetryable);
    const shouldGiveUp = isPermanent || attempts >= MAX_RECEIPT_ATTEMPTS;
    const description =
      error instanceof OutgoingChannelError
        ? error.code
        : error instanceof SuomifiError
          ? `${error.status ?? "no response"}${error.errorCode ? ` ${error.errorCode}` : ""}`
          : String(error).slice(0, 200);
    logger.warn({ retrievedMessageId: message.id, error: description }, "receipt sending failed");
    await prisma.$transaction(async (tx) => {
      await tx.retrievedMessage.update({
        where: { id: message.id },
        data: {
          receiptStatus: shouldGiveUp ? "failed" : "pending",
          receiptAttempts: attempts,
          receiptError: description,
          receiptNextTryAt: new Date(
            now().getTime() + Math.min(MAX_RECEIPT_RETRY_DELAY_MS, 30_000 * 2 ** attempts),
          ),
        },
      });
      if (shouldGiveUp) {
        await applySubmissionMove(tx, submission.id, {
          type: "receipt_failed",
          details: { error: description },
        });
      }
    });
    return error instanceof SuomifiError && error.isRetryable ? "unavailable" : "failed";
  }
}
