// Which files a case message may carry: PDFs only (by name, declared type and content), each at most 10 MB and
// at most 50. Named findings, no I/O, so the refusal happens before anything is uploaded or sent.
import { MAX_CASE_ATTACHMENT_BYTES, MAX_CASE_ATTACHMENTS } from "./case-message-kinds";

export type TCaseAttachment = { filename: string; mediaType: string; content: Uint8Array };
export type TCaseAttachmentProblem =
  "caseMessageNotPdf" | "caseMessageFileTooLarge" | "caseMessageTooManyFiles";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

export function isPdf(file: TCaseAttachment): boolean {
  const hasMagic = PDF_MAGIC.every((byte, index) => file.content[index] === byte);
  return (
    hasMagic &&
    /\.pdf$/i.test(file.filename) &&
    (file.mediaType === "application/pdf" ||
      file.mediaType === "" ||
      file.mediaType === "application/octet-stream")
  );
}

export function checkCaseAttachments(
  files: readonly TCaseAttachment[],
): { problem: TCaseAttachmentProblem; filename?: string } | null {
  if (files.length > MAX_CASE_ATTACHMENTS) return { problem: "caseMessageTooManyFiles" };
  for (const file of files) {
    if (!isPdf(file)) return { problem: "caseMessageNotPdf", filename: file.filename };
    if (file.content.byteLength > MAX_CASE_ATTACHMENT_BYTES)
      return { problem: "caseMessageFileTooLarge", filename: file.filename };
  }
  return null;
}
