// CSV (formula injection neutralised), XLSX and JSON from export rows.
import "server-only";
import ExcelJS from "exceljs";
import {
  exportCellText,
  FIXED_COLUMNS,
  type TExportColumn,
  type TExportRow,
} from "@/lib/delivery/export/export-rows";

/** Spreadsheet programs run cells starting with these as formulas: prefix them with a single quote. */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvCell(text: string): string {
  const safe = neutraliseFormula(text);
  return /[",\n\r;]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function table(columns: TExportColumn[], rows: TExportRow[], language: string): string[][] {
  const fixedKeys = Object.keys(FIXED_COLUMNS);
  const header = [
    ...fixedKeys.map((key) => FIXED_COLUMNS[key]![language] ?? FIXED_COLUMNS[key]!.fi!),
    ...columns.map((column) => column.label),
  ];
  return [
    header,
    ...rows.map((row) => [
      ...fixedKeys.map((key) => row.fixed[key] ?? ""),
      ...columns.map((c) => exportCellText(row, c.key)),
    ]),
  ];
}

export function writeCsv(columns: TExportColumn[], rows: TExportRow[], language: string): Buffer {
  const lines = table(columns, rows, language).map((cells) => cells.map(csvCell).join(","));
  // BOM so spreadsheet programs read UTF-8 (ä, ö, å).
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}

export async function writeXlsx(
  columns: TExportColumn[],
  rows: TExportRow[],
  language: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Lomake");
  for (const cells of table(columns, rows, language)) sheet.addRow(cells.map(neutraliseFormula));
  sheet.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function writeJson(columns: TExportColumn[], rows: TExportRow[]): Buffer {
  return Buffer.from(
    JSON.stringify(
      {
        columns,
        submissions: rows.map((row) => ({ id: row.submissionId, ...row.fixed, answers: row.answers })),
      },
      null,
      2,
    ),
    "utf8",
  );
}
