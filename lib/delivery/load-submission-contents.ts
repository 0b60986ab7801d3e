// Everything a target gets about one submission, decrypted: answers, labels, sender, attachments.
import "server-only";
import type { TStoredSender } from "@/lib/delivery/sender-parties";
import {
  retrievedAttachmentContext,
  retrievedSenderContext,
  storedFileContext,
  submissionAnswersContext,
} from "@/lib/crypto/encryption-contexts";
import { decryptBytes, decryptJson, decryptString } from "@/lib/crypto/encrypt-value";
import { getPrisma } from "@/lib/db/prisma";
import type { TCanonicalAnswers } from "@/lib/forms/canonical-answers";
import { ZFormDefinition, type TFormDefinition } from "@/lib/forms/definition";
import { pairAttachments } from "@/lib/submissions/pair-attachments";
import { decryptSubmissionFiling } from "@/lib/citizen/filing";

export type TSubmissionAttachment = {
  source: "retrieved" | "stored";
  id: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  fieldKey?: string;
  /**
   * "suomifi-message": the copy the identified person sent through Suomi.fi; "kept-by-lomake": the file did
   * not travel with the message, so this is the copy Lomake kept at upload.
   */
  copy: "suomifi-message" | "kept-by-lomake";
  /** The copy from Suomi.fi has the same SHA-256 as the one Lomake kept. */
  isVerifiedAgainstKeptCopy: boolean;
};

export async function loadSubmissionContents(submissionId: string) {
  const prisma = getPrisma();
  const submission = await prisma.submission.findUniqueOrThrow({
    where: { id: submissionId },
    include: {
      form: { select: { id: true, slug: true, organizationId: true } },
      formVersion: { select: { version: true, definition: true } },
      files: {
        select: { id: true, name: true, mediaType: true, sizeBytes: true, sha256: true, fieldKey: true },
      },
    },
  });
  const retrieved = await prisma.retrievedMessage.findFirst({
    where: { submissionId, match: { in: ["matched", "held"] } },
    include: { attachments: { orderBy: { position: "asc" }, omit: { contentEncrypted: true } } },
  });
  const definition: TFormDefinition = ZFormDefinition.parse(submission.formVersion.definition);
  const answers = decryptJson(submission.answersEncrypted, {
    associatedData: submissionAnswersContext(submission.id),
  }) as TCanonicalAnswers;
  const sender =
    retrieved?.senderEncrypted && !retrieved.purgedAt
      ? (JSON.parse(
          decryptString(retrieved.senderEncrypted, { associatedData: retrievedSenderContext(retrieved.id) }),
        ) as TStoredSender)
      : null;
  // Each file once: a file that travelled with the message is listed as the copy the person sent.
  const paired = pairAttachments(retrieved?.attachments ?? [], submission.files);
  const fromMessage = (a: NonNullable<typeof retrieved>["attachments"][number]) => ({
    source: "retrieved" as const,
    id: a.id,
    filename: a.filename,
    mediaType: a.mediaType,
    sizeBytes: a.sizeBytes,
    sha256: a.sha256,
    copy: "suomifi-message" as const,
  });
  const attachments: TSubmissionAttachment[] = [
    ...paired.travelled.map(({ retrieved: sent, kept }) => ({
      ...fromMessage(sent),
      fieldKey: kept.fieldKey,
      isVerifiedAgainstKeptCopy: true,
    })),
    ...paired.unexpected.map((sent) => ({ ...fromMessage(sent), isVerifiedAgainstKeptCopy: false })),
    ...paired.keptOnly.map((f) => ({
      source: "stored" as const,
      id: f.id,
      filename: f.name,
      mediaType: f.mediaType,
      sizeBytes: f.sizeBytes,
      sha256: f.sha256,
      fieldKey: f.fieldKey,
      copy: "kept-by-lomake" as const,
      isVerifiedAgainstKeptCopy: false,
    })),
  ];
  // Whom it was filed for, when chosen at the form's start and checked in Suomi.fi Valtuudet.
  const filing = decryptSubmissionFiling(submission.filingEncrypted, submission.id);
  return { submission, definition, answers, sender, retrieved, attachments, filing };
}

export type TSubmissionContents = Awaited<ReturnType<typeof loadSubmissionContents>>;

/** The bytes of one attachment of an organisation's submission, or null. */
export async function readAttachmentBytes(
  source: "retrieved" | "stored",
  id: string,
): Promise<{
  bytes: Buffer;
  filename: string;
  mediaType: string;
  organizationId: string;
  /** Null for a citizen's new message that belongs to no submission. */
  submissionId: string | null;
} | null> {
  const prisma = getPrisma();
  if (source === "retrieved") {
    const row = await prisma.retrievedAttachment.findUnique({ where: { id }, include: { message: true } });
    if (!row?.contentEncrypted) return null;
    return {
      bytes: decryptBytes(row.contentEncrypted, { associatedData: retrievedAttachmentContext(row.id) }),
      filename: row.filename,
      mediaType: row.mediaType,
      organizationId: row.message.organizationId,
      submissionId: row.message.submissionId,
    };
  }
  const file = await prisma.storedFile.findUnique({ where: { id } });
  if (!file?.submissionId) return null;
  return {
    bytes: decryptBytes(file.contentEncrypted, { associatedData: storedFileContext(file.id) }),
    filename: file.name,
    mediaType: file.mediaType,
    organizationId: file.organizationId,
    submissionId: file.submissionId,
  };
}
