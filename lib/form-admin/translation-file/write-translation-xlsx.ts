import "server-only";
import ExcelJS from "exceljs";
import type { TLocale } from "@/lib/i18n/locales";
import { LANGUAGE_ENDONYMS, isLocale } from "@/lib/i18n/locales";
import { translationFileTexts } from "@/lib/i18n/translation-file-texts";
import type { TTranslationDocument } from "./translation-document";

export const XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * The rows of the "about" sheet, in this order: readTranslationXlsx reads the values by position, so the
 * headings can be in any language.
 */
export const XLSX_ABOUT_ROWS = ["form", "formId", "revision", "sourceLanguage", "targetLanguage"] as const;

/**
 * A spreadsheet for a translator: sheet 1 has one row per text (key, where it appears, the Finnish source, the
 * translation), sheet 2 the form, its draft revision and the languages. Only column D is meant to be edited.
 */
export async function writeTranslationXlsx(document: TTranslationDocument, locale: TLocale): Promise<Buffer> {
  const t = (key: Parameters<typeof translationFileTexts.text>[1], values?: Record<string, string>) =>
    translationFileTexts.text(locale, key, values);
  const targetName = isLocale(document.targetLanguage)
    ? LANGUAGE_ENDONYMS[document.targetLanguage]
    : document.targetLanguage;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t("sheet.texts"), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [
    { header: t("sheet.key"), width: 32 },
    { header: t("sheet.context"), width: 48 },
    { header: t("sheet.source"), width: 60 },
    { header: t("sheet.target", { language: targetName }), width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const unit of document.units) {
    const row = sheet.addRow([unit.key, unit.context, unit.source, unit.target ?? ""]);
    row.alignment = { wrapText: true, vertical: "top" };
  }
  const about = workbook.addWorksheet(t("sheet.about"));
  const values: Record<(typeof XLSX_ABOUT_ROWS)[number], string | number> = {
    form: document.formTitle,
    formId: document.formId,
    revision: document.revision,
    sourceLanguage: document.sourceLanguage,
    targetLanguage: document.targetLanguage,
  };
  for (const name of XLSX_ABOUT_ROWS) about.addRow([t(`sheet.${name}`), values[name]]);
  about.addRow([]);
  about.addRow([t("sheet.instructions")]);
  about.getColumn(1).width = 28;
  about.getColumn(2).width = 48;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
