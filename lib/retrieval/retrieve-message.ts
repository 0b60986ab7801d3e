// Fetches one citizen message and its attachments, stores them encrypted, matches the submission by its
// reference, verifies the integrity code and, when it holds, creates the submission's deliveries.
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
import { createDeliveries } from "@/lib/delivery/create-deliveries";
import { notifyHandlers } from "@/lib/delivery/notify-handlers";
import { PURGED } from "@/lib/delivery/purge-expired-submissions";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/log/logger";
import { faultPoint } from "@/lib/jobs/fault-point";
import { downloadAttachmentBytes } from "@/lib/retrieval/download-attachment-bytes";
import { findReference } from "@/lib/retrieval/find-reference";
import { pairAttachments, submissionFileSha256s } from "@/lib/submissions/pair-attachments";
import { verifyIntegrity, type TIntegrityResult } from "@/lib/retrieval/verify-integrity";
import type { TSuomifiRestClient } from "@/lib/suomifi/rest-client";

export type TRetrieveOutcome = "matched" | "held" | "duplicate" | "unmatched" | "already-retrieved";

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
  const reference = findReference(title, body);
  const submission = reference
    ? await prisma.submission.findFirst({
        // A submission whose contents retention already removed cannot be matched any more: a message that
        // arrives after that is kept as unmatched (and purged by its own rule).
        where: { reference, organizationId: connection.organizationId, NOT: { answersEncrypted: PURGED } },
      })
    : null;
  // Each file counts once: one that travelled with the message is the same file as the copy Lomake kept.
  // Files that stayed with Lomake count only if the identified message names them (their hash is in the text).
  const keptFiles = submission
    ? await prisma.storedFile.findMany({ where: { submissionId: submission.id }, select: { sha256: true } })
    : [];
  const paired = pairAttachments(attachments, keptFiles);
  const integrity: TIntegrityResult | null = submission
    ? verifyIntegrity({
        retrievedBody: body,
        attachmentSha256s: submissionFileSha256s(paired),
        snapshot: submission,
      })
    : null;
  const unnamedHeldFile = paired.keptOnly.some(
    (file) => !body.toLowerCase().includes(file.sha256.toLowerCase()),
  );
  // Identified while filling (Suomi.fi Identification): the Messages sender must be that same person.
  const isOtherSender = Boolean(
    submission?.identifiedPersonIdHash &&
    submission.identifiedPersonIdHash !==
      keyedHash(message.sender.mailboxOwner.id, { purpose: "henkilotunnus" }),
  );

  const sender = message.sender.mailboxOwner;
  const id = crypto.randomUUID();
  const at = now();
  let outcome: TRetrieveOutcome;
  try {
    outcome = await prisma.$transaction(async (tx) => {
      let match: "matched" | "held" | "duplicate" | "unmatched" = "unmatched";
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
          submissionId: submission?.id ?? null,
          reference,
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
      } else if (submission && match === "duplicate") {
        await applySubmissionMove(
          tx,
          submission.id,
          { type: "retrieved_duplicate", details: { suomifiMessageId } },
          { at },
        );
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
  if (submission && (outcome === "matched" || outcome === "held")) {
    await notifyNewSubmission({ ...submission, organizationId: connection.organizationId });
  }
  return outcome;
}

/** Only after the commit, once per submission (a replayed message is "already-retrieved"); never fails the poll. */
async function notifyNewSubmission(submission: { id: string; organizationId: string; formId: string }) {
  try {
    await notifyHandlers({
      notice: "new-submission",
      organizationId: submission.organizationId,
      formId: submission.formId,
      path: `/admin/submissions/${submission.id}`,
    });
  } catch (error) {
    logger.warn({ err: error, submissionId: submission.id }, "new-submission e-mail failed");
  }
}
