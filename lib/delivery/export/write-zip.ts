// ZIP export: per submission a folder with a PDF of the answers and its attachments.
import "server-only";
import JSZip from "jszip";
import PDFDocument from "pdfkit";
import {
  exportCellText,
  FIXED_COLUMNS,
  type TExportColumn,
  type TExportRow,
} from "@/lib/delivery/export/export-rows";
import { loadSubmissionContents, readAttachmentBytes } from "@/lib/delivery/load-submission-contents";
import { PURGED } from "@/lib/delivery/purge-expired-submissions";

export function renderAnswersPdf(title: string, lines: [string, string][]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ size: "A4", margin: 50, info: { Title: title } });
    const chunks: Buffer[] = [];
    document.on("data", (chunk: Buffer) => chunks.push(chunk));
    document.on("end", () => resolve(Buffer.concat(chunks)));
    document.on("error", reject);
    document.fontSize(16).text(title);
    document.moveDown();
    for (const [label, value] of lines) {
      document.fontSize(10).font("Helvetica-Bold").text(label);
      document.font("Helvetica").text(value || "-");
      document.moveDown(0.5);
    }
    document.end();
  });
}

const safeName = (name: string) => name.replace(/[^\p{L}\p{N}._ -]/gu, "_").slice(0, 120) || "file";

/** The label/value lines of a submission's answer PDF: the answers as the page and the spreadsheets read them. */
export function answerPdfLines(
  columns: TExportColumn[],
  row: TExportRow,
  language: string,
): [string, string][] {
  return [
    ...Object.keys(FIXED_COLUMNS).map((key): [string, string] => [
      FIXED_COLUMNS[key]![language] ?? key,
      row.fixed[key] ?? "",
    ]),
    ...columns.map((column): [string, string] => [column.label, exportCellText(row, column.key)]),
  ];
}

export async function writeZip(
  columns: TExportColumn[],
  rows: TExportRow[],
  language: string,
  onProgress?: (done: number, total: number) => Promise<void>,
): Promise<Buffer> {
  const zip = new JSZip();
  for (const [index, row] of rows.entries()) {
    const folder = zip.folder(row.fixed.reference ?? row.submissionId)!;
    folder.file(
      "answers.pdf",
      await renderAnswersPdf(row.fixed.reference ?? "", answerPdfLines(columns, row, language)),
    );
    const contents = await loadSubmissionContents(row.submissionId).catch(() => null);
    if (contents && contents.submission.answersEncrypted !== PURGED) {
      for (const attachment of contents.attachments) {
        const bytes = await readAttachmentBytes(attachment.source, attachment.id).catch(() => null);
        if (bytes) folder.file(`attachments/${safeName(attachment.filename)}`, bytes.bytes);
      }
    }
    if (onProgress) await onProgress(index + 1, rows.length);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
