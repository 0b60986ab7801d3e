// Citizen drafts: answers saved at every step, encrypted, found only through the hash of a secret resume token
// that the browser keeps in a cookie and the person can keep as a link.
import "server-only";
import { randomUUID } from "node:crypto";
import { now } from "@/lib/clock";
import { decryptJson, encryptJson } from "@/lib/crypto/encrypt-value";
import { hashToken, randomToken } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";
import type { TFileReference } from "@/lib/forms/answer-values";
import type { TLanguage } from "@/lib/forms/localized-text";
import { logger } from "@/lib/log/logger";
import { FILING_ROLE_KEY } from "@/lib/forms/filing-role";
import { decryptDraftFiling, encryptDraftFiling, type TFiling } from "./filing";

export type TDraftFile = TFileReference & { fieldKey: string };

export type TDraft = {
  id: string;
  formId: string;
  formVersionId: string;
  /** Raw (coerced) or validated answers by field key. */
  answers: Record<string, unknown>;
  language: TLanguage;
  completedPageIds: string[];
  expiresAt: Date;
  files: TDraftFile[];
  submissionId: string | null;
  /** Whom it is filed for (chosen at the start, checked in Suomi.fi Valtuudet); null: not asked. */
  filing: TFiling | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;

function associatedData(draftId: string): string {
  return `citizen-draft:${draftId}`;
}

export function isResumeTokenShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]{40,64}$/.test(token);
}

export async function createDraft(input: {
  formId: string;
  formVersionId: string;
  language: TLanguage;
  lifetimeDays: number;
  /** Whom it is filed for, and that principal's keyed hash (lib/security/person-id-hashes.ts). */
  filing?: { value: TFiling; principalIdHash: string | null };
}): Promise<{ draft: TDraft; token: string }> {
  const id = randomUUID();
  const token = randomToken(32);
  const expiresAt = new Date(now().getTime() + input.lifetimeDays * DAY_MS);
  await getPrisma().citizenDraft.create({
    data: {
      id,
      formId: input.formId,
      formVersionId: input.formVersionId,
      resumeTokenHash: hashToken(token),
      answersEncrypted: encryptJson({}, { associatedData: associatedData(id) }),
      language: input.language,
      expiresAt,
      filingEncrypted: input.filing ? encryptDraftFiling(input.filing.value, id) : null,
      principalIdHash: input.filing?.principalIdHash ?? null,
    },
  });
  return {
    token,
    draft: {
      id,
      formId: input.formId,
      formVersionId: input.formVersionId,
      answers: input.filing ? { [FILING_ROLE_KEY]: input.filing.value.role } : {},
      language: input.language,
      completedPageIds: [],
      expiresAt,
      files: [],
      submissionId: null,
      filing: input.filing?.value ?? null,
    },
  };
}

/** The draft behind a resume token, or null when unknown, expired or of another form. */
export async function findDraftByToken(token: string | undefined, formId: string): Promise<TDraft | null> {
  if (!token || !isResumeTokenShaped(token)) return null;
  const row = await getPrisma().citizenDraft.findUnique({
    where: { resumeTokenHash: hashToken(token) },
    include: { files: { orderBy: { createdAt: "asc" } }, submission: { select: { id: true } } },
  });
  if (!row || row.formId !== formId || row.expiresAt <= now()) return null;
  let answers: Record<string, unknown> = {};
  try {
    answers = decryptJson(row.answersEncrypted, { associatedData: associatedData(row.id) }) as Record<
      string,
      unknown
    >;
  } catch (error) {
    logger.error({ err: error, draftId: row.id }, "citizen draft could not be decrypted");
  }
  let filing: TFiling | null = null;
  try {
    filing = decryptDraftFiling(row.filingEncrypted, row.id);
  } catch (error) {
    logger.error({ err: error, draftId: row.id }, "citizen draft filing could not be decrypted");
  }
  // Conditions read the role beside the answers; it comes only from the stored, checked choice.
  delete answers[FILING_ROLE_KEY];
  if (filing) answers[FILING_ROLE_KEY] = filing.role;
  return {
    id: row.id,
    formId: row.formId,
    formVersionId: row.formVersionId,
    answers,
    language: (["fi", "sv", "en"].includes(row.language) ? row.language : "fi") as TLanguage,
    completedPageIds: row.completedPageIds,
    expiresAt: row.expiresAt,
    submissionId: row.submission?.id ?? null,
    filing,
    files: row.files
      .filter((file) => file.submissionId === null || file.draftId === row.id)
      .map((file) => ({
        id: file.id,
        fieldKey: file.fieldKey,
        name: file.name,
        size: file.sizeBytes,
        sha256: file.sha256,
        mediaType: file.mediaType,
      })),
  };
}

/** Saves the answers and progress; each save keeps the draft for another full lifetime. */
export async function saveDraft(
  draft: TDraft,
  changes: { answers: Record<string, unknown>; completedPageIds?: string[]; language?: TLanguage },
  lifetimeDays: number,
): Promise<void> {
  await getPrisma().citizenDraft.update({
    where: { id: draft.id },
    data: {
      answersEncrypted: encryptJson(changes.answers, { associatedData: associatedData(draft.id) }),
      completedPageIds: changes.completedPageIds ?? draft.completedPageIds,
      language: changes.language ?? draft.language,
      expiresAt: new Date(now().getTime() + lifetimeDays * DAY_MS),
      updatedAt: now(),
    },
  });
  draft.answers = changes.answers;
  if (changes.completedPageIds) draft.completedPageIds = changes.completedPageIds;
}

/** Moves a draft to another published version (the person chose to start again on the new one). */
export async function restartDraftOnVersion(
  draft: TDraft,
  formVersionId: string,
  lifetimeDays: number,
): Promise<void> {
  await getPrisma().$transaction([
    getPrisma().storedFile.deleteMany({ where: { draftId: draft.id, submissionId: null } }),
    getPrisma().citizenDraft.update({
      where: { id: draft.id },
      data: {
        formVersionId,
        answersEncrypted: encryptJson({}, { associatedData: associatedData(draft.id) }),
        completedPageIds: [],
        expiresAt: new Date(now().getTime() + lifetimeDays * DAY_MS),
        updatedAt: now(),
      },
    }),
  ]);
}

/** Deletes a draft; files already part of a submission stay with the submission. */
export async function deleteDraft(draftId: string): Promise<void> {
  const prisma = getPrisma();
  await prisma.$transaction([
    prisma.storedFile.updateMany({
      where: { draftId, submissionId: { not: null } },
      data: { draftId: null },
    }),
    prisma.citizenDraft.delete({ where: { id: draftId } }),
  ]);
}

/**
 * Deletes every expired draft with its unsent files (the worker runs this on a schedule). Files that belong
 * to a submission are detached first and kept. Returns how many drafts were deleted.
 */
export async function purgeExpiredDrafts(at: Date = now()): Promise<number> {
  const prisma = getPrisma();
  return prisma.$transaction(async (tx) => {
    const expired = await tx.citizenDraft.findMany({
      where: { expiresAt: { lte: at } },
      select: { id: true },
    });
    if (expired.length === 0) return 0;
    const ids = expired.map((draft) => draft.id);
    await tx.storedFile.updateMany({
      where: { draftId: { in: ids }, submissionId: { not: null } },
      data: { draftId: null },
    });
    const deleted = await tx.citizenDraft.deleteMany({ where: { id: { in: ids } } });
    return deleted.count;
  });
}
