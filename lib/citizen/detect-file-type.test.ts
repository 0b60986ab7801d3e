import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { detectFileType } from "./detect-file-type";

const bytes = (...values: number[]) => new Uint8Array(values);

/** A zip as office programs write it; STORE or DEFLATE entries, always with sizes in the local headers. */
async function zip(
  entries: Record<string, string | Uint8Array>,
  compression: "STORE" | "DEFLATE" = "DEFLATE",
): Promise<Uint8Array> {
  const archive = new JSZip();
  for (const [name, content] of Object.entries(entries)) archive.file(name, content, { compression });
  return archive.generateAsync({ type: "uint8array", streamFiles: false });
}

const officeZip = (contentType: string, compression: "STORE" | "DEFLATE" = "DEFLATE") =>
  zip(
    {
      "[Content_Types].xml": `<?xml version="1.0"?><Types><Override ContentType="${contentType}"/></Types>`,
      "word/document.xml": "<w:document/>",
    },
    compression,
  );

describe("detectFileType (by content, never by name)", () => {
  it("recognises PDF, PNG, JPEG, GIF and WebP by their magic bytes", () => {
    expect(detectFileType(new TextEncoder().encode("%PDF-1.7\n"), "x.txt")?.mediaType).toBe(
      "application/pdf",
    );
    expect(detectFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))?.mediaType).toBe(
      "image/png",
    );
    expect(detectFileType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))?.extension).toBe("jpg");
    expect(detectFileType(new TextEncoder().encode("GIF89a\0\0"))?.mediaType).toBe("image/gif");
    expect(detectFileType(new TextEncoder().encode("GIF87a\0\0"))?.mediaType).toBe("image/gif");
    expect(detectFileType(new TextEncoder().encode("RIFF\0\0\0\0WEBPVP8 "))?.mediaType).toBe("image/webp");
  });

  it("does not trust a name: an executable called kuva.png is nothing it accepts", () => {
    expect(detectFileType(bytes(0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00), "kuva.png")).toBeUndefined();
    // Almost-signatures are not enough.
    expect(detectFileType(new TextEncoder().encode("GIF88a\0\0"))?.mediaType).not.toBe("image/gif");
    expect(detectFileType(bytes(0x89, 0x50, 0x4e, 0x47, 0x00))).toBeUndefined();
  });

  it("tells Word, Excel and PowerPoint documents apart from inside the zip, compressed or stored", async () => {
    expect(
      detectFileType(
        await officeZip("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
      )?.extension,
    ).toBe("docx");
    expect(
      detectFileType(
        await officeZip(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
          "STORE",
        ),
      )?.extension,
    ).toBe("xlsx");
    expect(
      detectFileType(
        await officeZip("application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"),
      )?.extension,
    ).toBe("pptx");
  });

  it("recognises OpenDocument text and spreadsheets by their mimetype entry", async () => {
    const odt = await zip(
      { mimetype: "application/vnd.oasis.opendocument.text", "content.xml": "<x/>" },
      "STORE",
    );
    const ods = await zip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet" }, "STORE");
    expect(detectFileType(odt)?.extension).toBe("odt");
    expect(detectFileType(ods)?.extension).toBe("ods");
  });

  it("refuses an ordinary zip (which could hold anything) and a zip pretending to be a document", async () => {
    expect(detectFileType(await zip({ "ohjelma.exe": bytes(0x4d, 0x5a) }), "raportti.docx")).toBeUndefined();
  });

  it("recognises MP3 audio by its ID3 tag or an MPEG frame header, not by 0xFF alone", () => {
    expect(detectFileType(new Uint8Array([0x49, 0x44, 0x33, 4, 0, 0, 0, 0, 0, 0x21, 0, 0]))?.mediaType).toBe(
      "audio/mpeg",
    );
    expect(detectFileType(bytes(0xff, 0xfb, 0x90, 0x64, 0, 0))?.extension).toBe("mp3");
    expect(detectFileType(bytes(0xff, 0xfb, 0xf0, 0x64, 0, 0))).toBeUndefined();
    expect(detectFileType(bytes(0xff, 0xe9, 0x90, 0x64, 0, 0))).toBeUndefined();
  });

  it("recognises old Office files by the OLE header", () => {
    expect(detectFileType(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))?.mediaType).toBe(
      "application/msword",
    );
  });

  it("accepts valid UTF-8 text (CSV by name) and refuses binary or invalid UTF-8", () => {
    expect(detectFileType(new TextEncoder().encode("nimi;summa\nÄijä;12\n"), "kulut.csv")?.mediaType).toBe(
      "text/csv",
    );
    expect(detectFileType(new TextEncoder().encode("Hei maailma\n"), "muistio.txt")?.mediaType).toBe(
      "text/plain",
    );
    expect(detectFileType(bytes(0x48, 0x69, 0x00, 0x21), "a.txt")).toBeUndefined();
    expect(detectFileType(bytes(0xc3, 0x28), "a.txt")).toBeUndefined();
    expect(detectFileType(new Uint8Array(0), "tyhja.txt")).toBeUndefined();
  });

  it("reads a view into a larger buffer correctly", () => {
    const buffer = new Uint8Array([0, 0, 0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
    expect(detectFileType(buffer.subarray(2))?.mediaType).toBe("application/pdf");
  });
});
