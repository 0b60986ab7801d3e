// A letter for printing is one PDF (Suomi.fi prints exactly one file per letter): the covering letter first, then
// every page of each attached PDF (a decision, its appeal instructions) in order. pdf-lib copies the pages as they
// are; a file it cannot read (damaged, password-protected) is refused before anything is sent.
import "server-only";
import { PDFDocument } from "pdf-lib";
import { OutgoingChannelError } from "@/lib/outgoing/outgoing-error";

export async function mergeLetterPdf(
  letter: Uint8Array,
  attachments: readonly { filename: string; content: Uint8Array }[],
): Promise<Uint8Array> {
  if (attachments.length === 0) return letter;
  const merged = await PDFDocument.load(letter);
  for (const attachment of attachments) {
    let pages;
    try {
      // pdf-lib parses lazily: a damaged file may fail at load or only when its pages are copied.
      const source = await PDFDocument.load(attachment.content, { updateMetadata: false });
      pages = await merged.copyPages(source, source.getPageIndices());
    } catch {
      throw new OutgoingChannelError("ATTACHMENTS_NOT_PRINTABLE");
    }
    if (pages.length === 0) throw new OutgoingChannelError("ATTACHMENTS_NOT_PRINTABLE");
    for (const page of pages) merged.addPage(page);
  }
  return merged.save();
}
