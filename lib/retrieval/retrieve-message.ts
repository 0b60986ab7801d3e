// Fetches one citizen message and its attachments, stores them encrypted, places a reply on its thread (by
// Suomi.fi's thread data), else matches the POST-API form by its reference, verifies the integrity code and,
// when it holds, creates the submission's deliveries. Everything else waits in the inbox.
import "server-only";
import {
  retrievedAttachmentContext,
  retrievedContentContext,
  retrievedSenderContext,
} from "@/lib/crypto/encryption-contexts";
import { now } from "@/lib/clock";
import { encryptBytes, encryptString } from "@/lib/crypto/encrypt-value";
import { keyedHash, sha256Hex } from "@/lib/crypto/keyed-hash";
import { senderNameHashes } from "@/lib/submissions/sender-search";
import { getPrisma } from "@/lib/db/prisma";
import { applySubmissionMove } from "@/lib/submissions/apply-submission-move";
import { createDeliveries, createMessageDeliveries } from "@/lib/delivery/create-deliveries";
import { notifyCitizenMessage, notifyNewSubmission } from "@/lib/retrieval/notify-retrieved";
import { PURGED } from "@/lib/delivery/purge-expired-submissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { faultPoint } from "@/lib/jobs/fault-point";
import { downloadAttachmentBytes } from "@/lib/retrieval/download-attachment-bytes";
import { findReference } from "@/lib/retrieval/find-reference";
import { findMessageProblem } from "@/lib/retrieval/message-problem";
import { matchThread } from "@/lib/retrieval/match-thread";
import { REFERENCE_LABELS, splitIntegrityLine } from "@/lib/submissions/submission-text";
import { pairAttachments, submissionFileSha256s } from "@/lib/submissions/pair-attachments";
import { verifyIntegrity, type TIntegrityResult } from "@/lib/retrieval/verify-integrity";
import type { TSuomifiRestClient } from "@/lib/suomifi/rest-client";

export type TRetrieveOutcome =
  "matched" | "held" | "duplicate" | "unmatched" | "reply" | "mention" | "already-retrieved";

/** The form as Lomake wrote it: its closing block names the reference with its label, or the integrity line ends it. */
function isFormMessage(body: string, reference: string): boolean {
  if (splitIntegrityLine(body).code !== null) return true;
  return Object.values(REFERENCE_LABELS).some((label) => body.includes(`${label}: ${reference}`));
}

export async function retrieveMessage(
  client: TSuomifiRestClient,
  connection: { id: string; organizationId: string },
  event: { messageId: number; serviceId: string },
): Promise<TRetrieveOutcome> {
  const suomifiMessageId = event.messageId;
  const prisma = getPrisma();
  const existing = await prisma.retrievedMessage.findUnique({
    where: {
      connectionId_suomifiMessageId: {
        connectionId: connection.id,
        suomifiMessageId: BigInt(suomifiMessageId),
      },
    },
    select: { id: true },
  });
  if (existing) return "already-retrieved";

  const message = await client.getMessage(suomifiMessageId);
  const attachments: {
    position: number;
    attachmentId: string;
    filename: string;
    mediaType: string;
    bytes: Buffer;
    sha256: string;
  }[] = [];
  for (const [position, attachment] of message.electronic.attachments.entries()) {
    const { bytes, contentType } = await downloadAttachmentBytes(
      client,
      attachment.attachmentId,
      attachment.sizeBytes,
    );
    attachments.push({
      position,
      attachmentId: attachment.attachmentId,
      filename: attachment.filename ?? `attachment-${position + 1}`,
      mediaType: attachment.mediaType ?? contentType,
      bytes,
      sha256: sha256Hex(bytes),
    });
  }

  const { title, body } = message.electronic;
  const rawThread = message.electronic.thread ?? null;
  // A message that is its own thread's root starts a thread: it answers nothing (unconfirmed whether Suomi.fi
  // sends such thread data for new messages; read safely either way).
  const thread =
    rawThread === "malformed" || rawThread?.rootMessageId === message.messageId ? null : rawThread;
  // Threads first: a reply is placed by what Suomi.fi says it answers. Only a message no thread places can be
  // the POST-API form itself, found by its reference; one that only names a reference mentions it.
  const reference = findReference(title, body);
  const referenced = reference
    ? await prisma.submission.findFirst({
        // A submission whose contents retention already removed cannot be matched any more: a message that
        // arrives after that is kept as unmatched (and purged by its own rule).
        where: { reference, organizationId: connection.organizationId, NOT: { answersEncrypted: PURGED } },
      })
    : null;
  const isForm = referenced !== null && isFormMessage(body, referenced.reference);
  const formSubmission = isForm ? referenced : null;
  const submission = formSubmission;
  const mentioned = referenced && !isForm ? referenced : null;
  // Each file counts once: one that travelled with the message is the same file as the copy Lomake kept.
  // Files that stayed with Lomake count only if the identified message names them (their hash is in the text).
  const keptFiles = submission
    ? await prisma.storedFile.findMany({ where: { submissionId: submission.id }, select: { sha256: true } })
    : [];
  const paired = pairAttachments(attachments, keptFiles);
  const formIntegrity: TIntegrityResult | null = submission
    ? verifyIntegrity({
        retrievedBody: body,
        attachmentSha256s: submissionFileSha256s(paired),
        snapshot: submission,
      })
    : null;
  const unnamedHeldFile =
    submission !== null &&
    paired.keptOnly.some((file) => !body.toLowerCase().includes(file.sha256.toLowerCase()));
  // Identified while filling (Suomi.fi Identification): the Messages sender must be that same person — the one who
  // acted, when they sent it for someone else's (or a company's) mailbox.
  const filer = message.sender.personSendingMessageOnBehalfOfMailboxOwner ?? message.sender.mailboxOwner;
  const isOtherSender = Boolean(
    submission?.identifiedPersonIdHash &&
    submission.identifiedPersonIdHash !== keyedHash(filer.id, { purpose: "henkilotunnus" }),
  );

  const sender = message.sender.mailboxOwner;
  const id = crypto.randomUUID();
  const at = now();
  let outcome: TRetrieveOutcome;
  try {
    outcome = await prisma.$transaction(async (tx) => {
      let match: Exclude<TRetrieveOutcome, "already-retrieved"> = mentioned ? "mention" : "unmatched";
      const threadMatch = thread ? await matchThread(tx, connection, thread) : null;
      if (threadMatch && threadMatch.kind !== "none") match = "reply";
      const replyToSubmissionId = threadMatch?.kind === "submission" ? threadMatch.submissionId : null;
      // A placed reply is never the form again, whatever reference it quotes.
      const isReply = match === "reply";
      const submission = isReply ? null : formSubmission;
      const integrity = isReply ? null : formIntegrity;
      if (submission && integrity) {
        const earlier = await tx.retrievedMessage.findFirst({
          where: { submissionId: submission.id, match: { in: ["matched", "held"] } },
          select: { id: true },
        });
        match = earlier
          ? "duplicate"
          : integrity.status === "valid" && !unnamedHeldFile && !isOtherSender
            ? "matched"
            : "held";
      }
      const findings = integrity
        ? [
            ...integrity.findings,
            ...(unnamedHeldFile ? ["held-file-not-named"] : []),
            ...(isOtherSender ? ["sender-not-identified-person"] : []),
          ]
        : [];
      await tx.retrievedMessage.create({
        data: {
          id,
          organizationId: connection.organizationId,
          connectionId: connection.id,
          suomifiMessageId: BigInt(suomifiMessageId),
          serviceId: event.serviceId,
          submissionId: submission?.id ?? replyToSubmissionId,
          reference,
          threadRootMessageId: thread ? BigInt(thread.rootMessageId) : null,
          threadExternalId: thread?.threadExternalId ?? null,
          threadInReplyToMessageId:
            typeof thread?.inReplyToMessageId === "number" ? BigInt(thread.inReplyToMessageId) : null,
          inReplyToRetrievedId: threadMatch?.kind === "message" ? threadMatch.retrievedMessageId : null,
          mentionedSubmissionId: match === "mention" ? (mentioned?.id ?? null) : null,
          problem:
            threadMatch?.kind === "none"
              ? threadMatch.problem
              : rawThread === "malformed"
                ? "thread-malformed"
                : findMessageProblem({
                    title,
                    body,
                    attachments: attachments.map((a) => ({
                      mediaType: a.mediaType,
                      sizeBytes: a.bytes.byteLength,
                    })),
                  }),
          // Replies on a submission's thread are handled there; the inbox holds everything else.
          inboxState: replyToSubmissionId || (submission && match !== "duplicate") ? "handled" : "new",
          match,
          integrityStatus: integrity
            ? unnamedHeldFile && integrity.status === "valid"
              ? "mismatch"
              : integrity.status
            : "not-checked",
          integrityFindings: findings,
          contentEncrypted: encryptString(JSON.stringify({ title, body }), {
            associatedData: retrievedContentContext(id),
          }),
          senderEncrypted: encryptString(
            JSON.stringify({
              id: sender.id,
              name: sender.name,
              onBehalf: message.sender.personSendingMessageOnBehalfOfMailboxOwner ?? null,
            }),
            { associatedData: retrievedSenderContext(id) },
          ),
          senderIdHash: keyedHash(sender.id, { purpose: "henkilotunnus" }),
          senderNameHashes: senderNameHashes(sender.name),
          sentAt: new Date(message.createdAt),
          retrievedAt: at,
          receiptStatus: match === "matched" || match === "held" ? "pending" : "not_applicable",
          receiptNextTryAt: match === "matched" || match === "held" ? at : null,
          attachments: {
            create: attachments.map((a) => {
              const attachmentRowId = crypto.randomUUID();
              return {
                id: attachmentRowId,
                position: a.position,
                attachmentId: a.attachmentId,
                filename: a.filename,
                mediaType: a.mediaType,
                sizeBytes: a.bytes.byteLength,
                sha256: a.sha256,
                contentEncrypted: new Uint8Array(
                  encryptBytes(a.bytes, { associatedData: retrievedAttachmentContext(attachmentRowId) }),
                ),
              };
            }),
          },
        },
      });
      if (submission && (match === "matched" || match === "held")) {
        await tx.submission.update({
          where: { id: submission.id },
          data: {
            senderIdHash: keyedHash(sender.id, { purpose: "henkilotunnus" }),
            senderNameHashes: senderNameHashes(sender.name),
          },
        });
        await applySubmissionMove(
          tx,
          submission.id,
          {
            type: match === "matched" ? "retrieved" : "held",
            details: { suomifiMessageId, integrityStatus: integrity!.status, findings },
          },
          { at },
        );
        if (match === "matched") await createDeliveries(tx, submission);
      } else if (replyToSubmissionId) {
        await applySubmissionMove(
          tx,
          replyToSubmissionId,
          {
            type: "reply_received",
            details: { retrievedMessageId: id, suomifiMessageId, attachments: attachments.length },
          },
          { at },
        );
      } else if (mentioned && match === "mention") {
        await applySubmissionMove(
          tx,
          mentioned.id,
          {
            type: "message_mentioned",
            details: { retrievedMessageId: id, suomifiMessageId, attachments: attachments.length },
          },
          { at },
        );
      } else if (submission && match === "duplicate") {
        await applySubmissionMove(
          tx,
          submission.id,
          { type: "retrieved_duplicate", details: { suomifiMessageId } },
          { at },
        );
      }
      // What citizens send later reaches the targets as its own event, in the same transaction as the message.
      if (match === "reply" || match === "mention" || match === "unmatched") {
        await createMessageDeliveries(tx, {
          id,
          organizationId: connection.organizationId,
          connectionId: connection.id,
          serviceId: event.serviceId,
          replyToSubmissionId,
          mentionedSubmissionId: match === "mention" ? (mentioned?.id ?? null) : null,
        });
      }
      faultPoint("message-transaction");
      return match;
    });
  } catch (error) {
    // Another worker stored the same message in the meantime.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return "already-retrieved";
    throw error;
  }
  if (formSubmission && (outcome === "matched" || outcome === "held")) {
    await notifyNewSubmission({ ...formSubmission, organizationId: connection.organizationId });
  } else if (outcome === "reply" || outcome === "mention" || outcome === "unmatched") {
    await notifyCitizenMessage(connection, { id, serviceId: event.serviceId });
  }
  return outcome;
}
