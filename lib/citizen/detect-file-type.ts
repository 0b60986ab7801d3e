// What a file really is, from its bytes (magic numbers), never from its name or the browser's claim.
import { inflateRawSync } from "node:zlib";

export type TDetectedType = { mediaType: string; extension: string };

const PDF = { mediaType: "application/pdf", extension: "pdf" };
const PNG = { mediaType: "image/png", extension: "png" };
const JPEG = { mediaType: "image/jpeg", extension: "jpg" };
const GIF = { mediaType: "image/gif", extension: "gif" };
const WEBP = { mediaType: "image/webp", extension: "webp" };
const DOCX = {
  mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  extension: "docx",
};
const XLSX = {
  mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  extension: "xlsx",
};
const PPTX = {
  mediaType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  extension: "pptx",
};
const ODT = { mediaType: "application/vnd.oasis.opendocument.text", extension: "odt" };
const ODS = { mediaType: "application/vnd.oasis.opendocument.spreadsheet", extension: "ods" };
const OLE = { mediaType: "application/msword", extension: "doc" };
const MP3 = { mediaType: "audio/mpeg", extension: "mp3" };
const TXT = { mediaType: "text/plain", extension: "txt" };
const CSV = { mediaType: "text/csv", extension: "csv" };

/** An ID3 tag, or an MPEG audio frame header: 11 sync bits, a defined version and layer, a usable bitrate. */
function isMp3(bytes: Buffer): boolean {
  if (startsWith(bytes, [0x49, 0x44, 0x33]) && bytes.length > 10 && bytes[3]! < 0xff) return true;
  if (bytes.length < 4 || bytes[0] !== 0xff || (bytes[1]! & 0xe0) !== 0xe0) return false;
  const version = (bytes[1]! >> 3) & 0x03;
  const layer = (bytes[1]! >> 1) & 0x03;
  const bitrate = bytes[2]! >> 4;
  return version !== 0x01 && layer !== 0x00 && bitrate !== 0x00 && bitrate !== 0x0f;
}

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

type TZipEntry = { name: string; method: number; compressedSize: number; dataStart: number };

/** Local file headers of a zip, in order (enough for OOXML and ODF, whose first entries identify them). */
function readZipEntries(bytes: Buffer, limit = 400): TZipEntry[] {
  const entries: TZipEntry[] = [];
  let offset = 0;
  while (entries.length < limit && offset + 30 <= bytes.length && bytes.readUInt32LE(offset) === 0x04034b50) {
    const flags = bytes.readUInt16LE(offset + 6);
    const method = bytes.readUInt16LE(offset + 8);
    const compressedSize = bytes.readUInt32LE(offset + 18);
    const nameLength = bytes.readUInt16LE(offset + 26);
    const extraLength = bytes.readUInt16LE(offset + 28);
    const name = bytes.toString("utf8", offset + 30, offset + 30 + nameLength);
    const dataStart = offset + 30 + nameLength + extraLength;
    entries.push({ name, method, compressedSize, dataStart });
    // Sizes after the data (flag bit 3) are not known here; stop rather than guess.
    if (flags & 0x08 && compressedSize === 0) break;
    offset = dataStart + compressedSize;
  }
  return entries;
}

function readZipEntryText(bytes: Buffer, entry: TZipEntry, maxBytes = 64 * 1024): string | undefined {
  const data = bytes.subarray(
    entry.dataStart,
    entry.dataStart + Math.min(entry.compressedSize, maxBytes * 4),
  );
  try {
    if (entry.method === 0) return data.toString("utf8", 0, Math.min(data.length, maxBytes));
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: maxBytes }).toString("utf8");
  } catch {
    return undefined;
  }
  return undefined;
}

function detectZip(bytes: Buffer): TDetectedType | undefined {
  const entries = readZipEntries(bytes);
  const mimetype = entries.find((entry) => entry.name === "mimetype");
  if (mimetype) {
    const text = readZipEntryText(bytes, mimetype)?.trim();
    if (text === ODT.mediaType) return ODT;
    if (text === ODS.mediaType) return ODS;
  }
  const contentTypes = entries.find((entry) => entry.name === "[Content_Types].xml");
  if (contentTypes) {
    const xml = readZipEntryText(bytes, contentTypes) ?? "";
    if (xml.includes("wordprocessingml.document.main+xml")) return DOCX;
    if (xml.includes("spreadsheetml.sheet.main+xml")) return XLSX;
    if (xml.includes("presentationml.presentation.main+xml")) return PPTX;
  }
  return undefined;
}

function isValidUtf8Text(bytes: Buffer): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The file's type by content, or undefined when it is none of the accepted kinds. */
export function detectFileType(content: Uint8Array, fileName = ""): TDetectedType | undefined {
  const bytes = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) &&
    (bytes[4] === 0x37 || bytes[4] === 0x39) &&
    bytes[5] === 0x61
  )
    return GIF;
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return WEBP;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return detectZip(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return OLE;
  if (isMp3(bytes)) return MP3;
  if (bytes.length > 0 && isValidUtf8Text(bytes)) return /\.csv$/i.test(fileName) ? CSV : TXT;
  return undefined;
}
