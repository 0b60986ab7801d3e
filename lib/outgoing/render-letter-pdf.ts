// The printed letter of a paper message, one PDF as Suomi.fi's printing service wants it: the return address,
// the recipient's address where a window envelope shows it, the date, the title and the text. Drawn with
// pdfkit like the answer PDF of the exports (lib/delivery/export/write-zip.ts); text is drawn, never linked.
import "server-only";
import PDFDocument from "pdfkit";
import type { TAddress } from "@/lib/suomifi/rest-schemas";

const addressLines = (address: TAddress) =>
  [
    address.name,
    address.additionalName,
    address.streetAddress,
    `${address.zipCode} ${address.city}`,
    address.countryCode === "FI" ? undefined : address.countryCode,
  ].filter((line): line is string => Boolean(line));

export function renderLetterPdf(letter: {
  sender: TAddress;
  recipient: TAddress;
  date: string;
  title: string;
  body: string;
}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ size: "A4", margin: 56, info: { Title: letter.title } });
    const chunks: Buffer[] = [];
    document.on("data", (chunk: Buffer) => chunks.push(chunk));
    document.on("end", () => resolve(Buffer.concat(chunks)));
    document.on("error", reject);
    document.font("Helvetica").fontSize(9).text(addressLines(letter.sender).join("\n"), 56, 40);
    // A C5/C4 window envelope shows this block (about 45 mm from the top, 20 mm from the left).
    document.fontSize(11).text(addressLines(letter.recipient).join("\n"), 57, 128, { width: 240 });
    document.fontSize(10).text(letter.date, 380, 128, { width: 160, align: "right" });
    document.font("Helvetica-Bold").fontSize(14).text(letter.title, 56, 260, { width: 480 });
    document.moveDown();
    document.font("Helvetica").fontSize(11).text(letter.body, { width: 480 });
    document.end();
  });
}
