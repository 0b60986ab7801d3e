// The rows of an export: one per submission, one column per field (labels in the chosen language).
import "server-only";
import { z } from "zod";
import { decryptJson } from "@/lib/crypto/encrypt-value";
import { getPrisma } from "@/lib/db/prisma";
import { fieldLabels } from "@/lib/delivery/build-webhook-payload";
import { submissionAnswersContext } from "@/lib/crypto/encryption-contexts";
import { PURGED } from "@/lib/delivery/purge-expired-submissions";
import type { TCanonicalAnswers } from "@/lib/forms/canonical-answers";
import type { TAnswers } from "@/lib/forms/answer-values";
import { lookupPostalCode } from "@/lib/forms/data/postal-codes";
import { ZFormDefinition, type TFormDefinition } from "@/lib/forms/definition";
import { ZLanguage, type TLanguage } from "@/lib/forms/localized-text";
import { readAnswerCell, readAnswers, type TReadAnswer } from "@/lib/forms/read-answers";
import type { Prisma } from "@/lib/generated/prisma/client";
import { outgoingTexts, type TOutgoingMessages } from "@/lib/i18n/outgoing-texts";
import { SUBMISSION_STATES } from "@/lib/submissions/submission-moves";

export const EXPORT_FORMATS = ["csv", "xlsx", "json", "zip"] as const;
export const ZExportFilters = z.object({
  formId: z.uuid().optional(),
  version: z.coerce.number().int().positive().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  status: z.enum(SUBMISSION_STATES).optional(),
});
export type TExportFilters = z.infer<typeof ZExportFilters>;

export type TExportColumn = { key: string; label: string };
export type TExportRow = {
  submissionId: string;
  fixed: Record<string, string>;
  /** Canonical machine values (the JSON export). */
  answers: Record<string, unknown>;
  /** Each answer as a person reads it in the export's language (CSV and XLSX): lib/forms/read-answers.ts. */
  readable: Record<string, string>;
};

/** The fixed columns' headers per language (lib/i18n/messages/outgoing/<language>.json, "exportColumns"). */
export const FIXED_COLUMNS: Record<string, Record<string, string>> = Object.fromEntries(
  (Object.keys(outgoingTexts.messages("fi").exportColumns) as TExportColumnKey[]).map((key) => [
    key,
    outgoingTexts.inEveryLocale(`exportColumns.${key}`),
  ]),
);
type TExportColumnKey = keyof TOutgoingMessages["exportColumns"];

export function exportWhere(organizationId: string, filters: TExportFilters): Prisma.SubmissionWhereInput {
  return {
    organizationId,
    ...(filters.formId ? { formId: filters.formId } : {}),
    ...(filters.version ? { formVersion: { version: filters.version } } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.from || filters.to
      ? {
          createdAt: {
            ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
            ...(filters.to
              ? { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000) }
              : {}),
          },
        }
      : {}),
  };
}

/** The answers as a person reads them, with the data sets (post offices) the page and the export both use. */
export function readAnswersForPeople(
  definition: TFormDefinition,
  answers: TAnswers,
  language: TLanguage,
): TReadAnswer[] {
  return readAnswers(definition, answers, language, { postalCode: lookupPostalCode });
}

/** Each answer's spreadsheet cell, read as the submission page reads it (one renderer for both). */
export function readableCells(
  definition: TFormDefinition,
  answers: TAnswers,
  language: TLanguage,
): Record<string, string> {
  return Object.fromEntries(
    readAnswersForPeople(definition, answers, language).map((answer) => [answer.key, readAnswerCell(answer)]),
  );
}

export async function loadExportRows(
  organizationId: string,
  filters: TExportFilters,
  language: string,
  onProgress?: (done: number, total: number) => Promise<void>,
): Promise<{ columns: TExportColumn[]; rows: TExportRow[] }> {
  const prisma = getPrisma();
  const submissions = await prisma.submission.findMany({
    where: exportWhere(organizationId, filters),
    orderBy: { createdAt: "asc" },
    include: {
      form: { select: { slug: true } },
      formVersion: { select: { version: true, definition: true } },
    },
  });
  const columns = new Map<string, string>();
  const rows: TExportRow[] = [];
  const readingLanguage = ZLanguage.safeParse(language).data ?? "fi";
  for (const [index, submission] of submissions.entries()) {
    const definition = ZFormDefinition.safeParse(submission.formVersion.definition);
    if (definition.success) {
      for (const [key, label] of Object.entries(fieldLabels(definition.data, language))) {
        if (!key.includes(".") && !columns.has(key)) columns.set(key, label);
      }
    }
    const answers =
      submission.answersEncrypted === PURGED
        ? {}
        : (
            decryptJson(submission.answersEncrypted, {
              associatedData: submissionAnswersContext(submission.id),
            }) as TCanonicalAnswers
          ).answers;
    const readable = definition.success
      ? readableCells(definition.data, answers as TAnswers, readingLanguage)
      : {};
    rows.push({
      submissionId: submission.id,
      readable,
      fixed: {
        reference: submission.reference,
        form: submission.form.slug,
        version: String(submission.formVersion.version),
        createdAt: submission.createdAt.toISOString(),
        retrievedAt: submission.retrievedAt?.toISOString() ?? "",
        status: submission.status,
      },
      answers,
    });
    if (onProgress && (index % 50 === 49 || index === submissions.length - 1))
      await onProgress(index + 1, submissions.length);
  }
  return { columns: [...columns].map(([key, label]) => ({ key, label })), rows };
}

/** What CSV, XLSX and the answer PDF show for an answer: as read by a person, canonical only as a fallback. */
export function exportCellText(row: TExportRow, key: string): string {
  return row.readable[key] ?? cellText(row.answers[key]);
}

/** A cell as text: lists joined with "; ", rows of groups and objects as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item !== "object" || item === null))
    return value.join("; ");
  return JSON.stringify(value);
}
