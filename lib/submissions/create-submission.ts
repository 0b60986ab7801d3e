// Check your answers → an immutable submission: validated against the draft's published version, the exact
// message text, its hash, the attachment hashes and the integrity code, all in one transaction.
import "server-only";
import { randomUUID } from "node:crypto";
import { submissionAnswersContext, submissionMessageTextContext } from "@/lib/crypto/encryption-contexts";
import { encryptString } from "@/lib/crypto/encrypt-value";
import { sha256Hex } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";
import { applySubmissionMove } from "@/lib/submissions/apply-submission-move";
import type { TAnswers, TFileReference } from "@/lib/forms/answer-values";
import { canonicalAnswersJson } from "@/lib/forms/canonical-answers";
import { lookupPostalCode } from "@/lib/forms/data/postal-codes";
import type { TFormDefinition } from "@/lib/forms/definition";
import type { TLanguage } from "@/lib/forms/localized-text";
import { renderAnswersText } from "@/lib/forms/render-answers-text";
import { personIdHashes, principalIdHash } from "@/lib/security/person-id-hashes";
import { now } from "@/lib/clock";
import { todayInFinland } from "@/lib/forms/today";
import { validateAnswers } from "@/lib/forms/validate-answers";
import { findStop } from "@/lib/forms/stop-rules";
import { encryptSubmissionFiling, isOnBehalf, type TFiling } from "@/lib/citizen/filing";
import { outgoingTexts } from "@/lib/i18n/outgoing-texts";
import type { TFieldIssue } from "@/lib/forms/field-type";
import { computeIntegrityCode } from "./integrity-code";
import { generateReference } from "./reference";
import { appendIntegrityLine, buildTextWithoutCodeLine } from "./submission-text";

export type TCreateSubmissionInput = {
  organizationId: string;
  formId: string;
  formVersionId: string;
  definition: TFormDefinition;
  draftId: string;
  /** Draft answers with the stored files already in place (file fields hold file references). */
  answers: Record<string, unknown>;
  language: TLanguage;
  maxTextChars: number;
  /** Keyed hash of the henkilötunnus of the Suomi.fi-identified person filling (lib/identification). */
  identifiedPersonIdHash?: string;
  /** Whom the person files for, checked in Suomi.fi Valtuudet at the start (lib/citizen/choose-filing.ts). */
  filing?: TFiling | null;
};

export type TCreateSubmissionResult =
  | { ok: true; submissionId: string; reference: string; isExisting: boolean }
  | { ok: false; reason: "invalid"; issues: TFieldIssue[] }
  /** The answers meet a stop rule: the form ends with an exit page and cannot be sent. */
  | { ok: false; reason: "stopped"; exitPageId: string }
  | { ok: false; reason: "tooLong"; length: number; max: number };

function collectFiles(value: unknown, files: TFileReference[]): void {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (item && typeof item === "object" && "sha256" in item && "id" in item)
        files.push(item as TFileReference);
      else collectFiles(item, files);
    }
  } else if (value && typeof value === "object") {
    for (const nested of Object.values(value)) collectFiles(nested, files);
  }
}

/** "Täytetty puolesta: Testiyritys Oy, 1912105-6 (yrityksen edustaja)" and the filer, above the answers. */
function filingLines(filing: TFiling | null | undefined, language: TLanguage): string {
  if (!isOnBehalf(filing)) return "";
  const label = (key: "filedFor" | "filer") => outgoingTexts.text(language, `labels.${key}`);
  const role = outgoingTexts.text(language, `labels.filingRoles.${filing.role}`);
  return (
    `${label("filedFor")}: ${filing.principal.name}, ${filing.principal.id} (${role})\n` +
    `${label("filer")}: ${filing.filerName}\n\n`
  );
}

export function composeSubmissionText(
  definition: TFormDefinition,
  answers: TAnswers,
  language: TLanguage,
  reference: string,
  attachmentSha256s: string[],
  key?: Buffer,
  filing?: TFiling | null,
): { text: string; textSha256: string; integrityCode: string } {
  const answersText =
    filingLines(filing, language) +
    renderAnswersText(definition, answers, {
      language,
      lookups: { postalCode: lookupPostalCode },
    });
  const hashed = buildTextWithoutCodeLine(answersText, reference, language);
  const textSha256 = sha256Hex(hashed);
  const integrityCode = computeIntegrityCode({ reference, textSha256, attachmentSha256s }, key);
  return { text: appendIntegrityLine(hashed, integrityCode, language), textSha256, integrityCode };
}

export async function createSubmission(input: TCreateSubmissionInput): Promise<TCreateSubmissionResult> {
  const validation = validateAnswers(input.definition, input.answers, {
    language: input.language,
    lookups: { postalCode: lookupPostalCode },
    today: todayInFinland(now()),
  });
  if (validation.issues.length > 0) return { ok: false, reason: "invalid", issues: validation.issues };
  const answers = validation.value;
  const stop = findStop(input.definition, answers);
  if (stop) return { ok: false, reason: "stopped", exitPageId: stop.exitPage.id };
  const files: TFileReference[] = [];
  collectFiles(answers, files);
  const attachmentSha256s = files.map((file) => file.sha256).sort();
  const prisma = getPrisma();

  // Same answers again (after a cancel or a failure): the same submission and reference.
  const existing = await prisma.submission.findUnique({ where: { draftId: input.draftId } });
  const filing = isOnBehalf(input.filing) ? input.filing : null;
  if (existing && existing.formVersionId === input.formVersionId && existing.language === input.language) {
    const again = composeSubmissionText(
      input.definition,
      answers,
      input.language,
      existing.reference,
      attachmentSha256s,
      undefined,
      filing,
    );
    if (again.textSha256 === existing.textSha256 && again.integrityCode === existing.integrityCode) {
      return { ok: true, submissionId: existing.id, reference: existing.reference, isExisting: true };
    }
  }

  for (let attempt = 0; attempt < 5; attempt += 1) {
    const id = randomUUID();
    const reference = generateReference();
    const composed = composeSubmissionText(
      input.definition,
      answers,
      input.language,
      reference,
      attachmentSha256s,
      undefined,
      filing,
    );
    if (composed.text.length > input.maxTextChars) {
      return { ok: false, reason: "tooLong", length: composed.text.length, max: input.maxTextChars };
    }
    try {
      await prisma.$transaction(async (tx) => {
        if (existing) {
          // Changed answers make a new snapshot; the old one stays as it was, detached from the draft.
          await tx.submission.update({ where: { id: existing.id }, data: { draftId: null } });
          await applySubmissionMove(tx, existing.id, { type: "superseded", details: { by: id } });
        }
        await tx.submission.create({
          data: {
            id,
            organizationId: input.organizationId,
            formId: input.formId,
            formVersionId: input.formVersionId,
            draftId: input.draftId,
            reference,
            language: input.language,
            answersEncrypted: encryptString(canonicalAnswersJson(input.definition, answers), {
              associatedData: submissionAnswersContext(id),
            }),
            messageTextEncrypted: encryptString(composed.text, {
              associatedData: submissionMessageTextContext(id),
            }),
            textSha256: composed.textSha256,
            attachmentSha256s,
            integrityCode: composed.integrityCode,
            personIdHashes: personIdHashes(answers),
            filingEncrypted: filing ? encryptSubmissionFiling(filing, id) : null,
            principalIdHash: filing ? principalIdHash(filing.principal) : null,
            identifiedPersonIdHash: input.identifiedPersonIdHash ?? null,
          },
        });
        if (files.length > 0) {
          await tx.storedFile.updateMany({
            where: { id: { in: files.map((file) => file.id) }, draftId: input.draftId },
            data: { submissionId: id },
          });
        }
        await applySubmissionMove(tx, id, { type: "created", details: { attachments: files.length } });
      });
      return { ok: true, submissionId: id, reference, isExisting: false };
    } catch (error) {
      if (isUniqueViolation(error) && attempt < 4) continue;
      throw error;
    }
  }
  throw new Error("Could not allocate a submission reference");
}

function isUniqueViolation(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    (error as { code: string }).code === "P2002"
  );
}
