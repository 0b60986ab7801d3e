import { describe, expect, it } from "vitest";
import { MAX_CASE_ATTACHMENT_BYTES } from "./case-message-kinds";
import { checkCaseAttachments } from "./check-case-attachments";

const pdf = (size: number, filename = "paatos.pdf", mediaType = "application/pdf") => {
  const content = new Uint8Array(size).fill(0x20);
  content.set(new TextEncoder().encode("%PDF-"));
  return { filename, mediaType, content };
};

describe("checkCaseAttachments", () => {
  it("accepts PDFs up to 10 MB each and up to 50", () => {
    expect(checkCaseAttachments([pdf(MAX_CASE_ATTACHMENT_BYTES)])).toBeNull();
    expect(checkCaseAttachments(Array.from({ length: 50 }, () => pdf(100)))).toBeNull();
  });

  it("refuses a file one byte over 10 MB, a 51st file, and anything that is not a PDF", () => {
    expect(checkCaseAttachments([pdf(MAX_CASE_ATTACHMENT_BYTES + 1)])).toEqual({
      problem: "caseMessageFileTooLarge",
      filename: "paatos.pdf",
    });
    expect(checkCaseAttachments(Array.from({ length: 51 }, () => pdf(100)))).toEqual({
      problem: "caseMessageTooManyFiles",
    });
    expect(checkCaseAttachments([pdf(100, "paatos.docx")])?.problem).toBe("caseMessageNotPdf");
    expect(checkCaseAttachments([pdf(100, "paatos.pdf", "text/html")])?.problem).toBe("caseMessageNotPdf");
    const html = {
      filename: "paatos.pdf",
      mediaType: "application/pdf",
      content: new TextEncoder().encode("<html>"),
    };
    expect(checkCaseAttachments([html])?.problem).toBe("caseMessageNotPdf");
  });
});
