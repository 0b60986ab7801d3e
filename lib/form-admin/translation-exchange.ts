import "server-only";
import * as z from "zod";
import { recordAuditEvent, type TAuditActor } from "@/lib/audit/record-audit-event";
import { getPrisma } from "@/lib/db/prisma";
import { NotFoundError } from "@/lib/errors/domain-error";
import type { TDiagnostic } from "@/lib/forms/diagnostic";
import { ZFormDefinition, type TFormDefinition } from "@/lib/forms/definition";
import { setTextAt } from "@/lib/forms/set-text-at";
import { listTexts } from "@/lib/forms/translations";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TLocale } from "@/lib/i18n/locales";
import { assertFormId, FormAdminError } from "./form-admin-error";
import { findSettingsBlockers } from "./find-settings-blockers";
import { saveDraft } from "./form-editing";
import { listSettingsTexts, readSettingsTexts, type TSettingsTextName } from "./list-settings-texts";
import {
  canApplyImport,
  checkTranslationImport,
  type TImportChange,
  type TTranslationImportReport,
} from "./translation-file/check-translation-import";
import { readTranslationFile } from "./translation-file/read-translation-file";
import {
  buildTranslationDocument,
  TRANSLATION_FORMATS,
  TRANSLATION_TARGET_LANGUAGES,
  translationFileName,
  type TTranslationTargetLanguage,
} from "./translation-file/translation-document";
import { writeTranslationXlsx, XLSX_MEDIA_TYPE } from "./translation-file/write-translation-xlsx";
import { writeXliff, XLIFF_MEDIA_TYPE } from "./translation-file/write-xliff";

export const ZExportTranslations = z.object({
  formId: z.uuid(),
  language: z.enum(TRANSLATION_TARGET_LANGUAGES),
  format: z.enum(TRANSLATION_FORMATS),
});
/**
 * A translation file of a form is tens of kilobytes. The bound matches Next's 1 MB body limit of a Server Action,
 * which would refuse a larger upload before it reached this schema.
 */
export const ZImportTranslations = z.object({
  formId: z.uuid(),
  /** The draft revision the editor has: the same revision check as every save. */
  revision: z.number().int().min(0),
  fileBase64: z.string().min(1).max(1_000_000),
  /** The editor confirmed applying a file made from another revision whose Finnish texts are unchanged. */
  isOtherRevisionConfirmed: z.boolean().default(false),
});

type TClient = Pick<Prisma.TransactionClient, "form">;

async function loadForm(client: TClient, organizationId: string, formId: string) {
  assertFormId(formId);
  const form = await client.form.findFirst({
    where: { id: formId, organizationId, status: { not: "archived" } },
    include: { liveVersion: { select: { definition: true } } },
  });
  if (!form) throw new NotFoundError();
  const definition = ZFormDefinition.parse(form.draftDefinition ?? form.liveVersion?.definition);
  return { form, definition, entries: [...listTexts(definition), ...listSettingsTexts(form)] };
}

/** The form's texts as an XLIFF 2.0 or XLSX file for a translator, named after the form and its draft revision. */
export async function exportTranslations(
  organizationId: string,
  input: z.infer<typeof ZExportTranslations>,
  locale: TLocale,
): Promise<{ fileName: string; mediaType: string; base64: string }> {
  const { form, definition, entries } = await loadForm(getPrisma(), organizationId, input.formId);
  const document = buildTranslationDocument({
    formId: form.id,
    revision: form.draftRevision,
    formTitle: definition.title.fi,
    targetLanguage: input.language,
    entries,
    locale,
  });
  const bytes =
    input.format === "xliff"
      ? Buffer.from(writeXliff(document), "utf8")
      : await writeTranslationXlsx(document, locale);
  return {
    fileName: translationFileName(form.slug, form.draftRevision, input.language, input.format),
    mediaType: input.format === "xliff" ? XLIFF_MEDIA_TYPE : XLSX_MEDIA_TYPE,
    base64: bytes.toString("base64"),
  };
}

async function checkFile(
  client: TClient,
  organizationId: string,
  input: z.infer<typeof ZImportTranslations>,
) {
  const loaded = await loadForm(client, organizationId, input.formId);
  const read = await readTranslationFile(new Uint8Array(Buffer.from(input.fileBase64, "base64")));
  const report = checkTranslationImport(
    {
      formId: loaded.form.id,
      revision: loaded.form.draftRevision,
      languages: loaded.definition.languages,
      entries: loaded.entries,
    },
    read,
  );
  return { ...loaded, report };
}

/** What importing the file would do, without changing anything: the editor shows it before applying. */
export async function previewTranslationImport(
  organizationId: string,
  input: z.infer<typeof ZImportTranslations>,
): Promise<TTranslationImportReport> {
  return (await checkFile(getPrisma(), organizationId, input)).report;
}

function applyDefinitionChanges(
  definition: TFormDefinition,
  changes: TImportChange[],
  language: TTranslationTargetLanguage,
): TFormDefinition {
  return changes
    .filter((change) => !change.path.startsWith("settings/"))
    .reduce((current, change) => setTextAt(current, change.path, language, change.after), definition);
}

function settingsData(
  form: Parameters<typeof readSettingsTexts>[0],
  changes: TImportChange[],
  language: TTranslationTargetLanguage,
): Prisma.FormUpdateInput {
  const texts = readSettingsTexts(form);
  const settingsChanges = changes.filter((change) => change.path.startsWith("settings/"));
  if (settingsChanges.length === 0) return {};
  for (const change of settingsChanges) {
    const name = change.path.slice("settings/".length) as TSettingsTextName;
    texts[name] = { ...texts[name], [language]: change.after };
  }
  const receipt = (form.receiptTemplate ?? {}) as Record<string, unknown>;
  return {
    closedMessage: texts.closedMessage.fi ? texts.closedMessage : Prisma.DbNull,
    pauseMessage: texts.pauseMessage.fi ? texts.pauseMessage : Prisma.DbNull,
    privacyNotice: texts.privacyNotice.fi ? texts.privacyNotice : Prisma.DbNull,
    receiptTemplate:
      form.receiptTemplate === null
        ? Prisma.DbNull
        : ({
            ...receipt,
            title: texts.receiptTitle.fi ? texts.receiptTitle : {},
            body: texts.receiptBody.fi ? texts.receiptBody : {},
          } as Prisma.InputJsonValue),
  };
}

/**
 * Applies a translation file to the draft through saveDraft (its revision check) and to the settings texts, in
 * one transaction with the audit event. Any refusal throws TRANSLATION_IMPORT_REFUSED with the report, and
 * nothing is written; a file of another revision needs the editor's confirmation.
 */
export async function importTranslations(
  organizationId: string,
  input: z.infer<typeof ZImportTranslations>,
  actor: TAuditActor,
): Promise<{
  revision: number;
  definition: TFormDefinition;
  report: TTranslationImportReport;
  /** The settings' publish blockers after the import, for the editor's publish view. */
  settingsBlockers: TDiagnostic[];
}> {
  return getPrisma().$transaction(async (tx) => {
    const { form, definition, report } = await checkFile(tx, organizationId, input);
    if (form.draftRevision !== input.revision)
      throw new FormAdminError("STALE_REVISION", { revision: form.draftRevision });
    if (!canApplyImport(report, input.isOtherRevisionConfirmed) || !report.language)
      throw new FormAdminError("TRANSLATION_IMPORT_REFUSED", report);
    const language = report.language;
    const updated = applyDefinitionChanges(definition, report.changes, language);
    const { revision } = await saveDraft(
      organizationId,
      { formId: form.id, revision: input.revision, definition: updated },
      tx,
    );
    const settings = settingsData(form, report.changes, language);
    if (Object.keys(settings).length > 0) await tx.form.update({ where: { id: form.id }, data: settings });
    await recordAuditEvent(
      {
        organizationId,
        actor,
        action: "form.translations_imported",
        objectType: "form",
        objectId: form.id,
        details: {
          language,
          fileRevision: report.fileRevision ?? null,
          revision,
          changedKeys: report.changes.map((change) => change.key),
          missingCount: report.missing.length,
        },
      },
      tx,
    );
    const saved = await tx.form.findUniqueOrThrow({ where: { id: form.id } });
    const settingsBlockers = await findSettingsBlockers(tx, organizationId, saved, updated.languages);
    return { revision, definition: ZFormDefinition.parse(updated), report, settingsBlockers };
  });
}
