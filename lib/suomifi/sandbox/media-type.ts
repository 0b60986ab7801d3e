// Infers an attachment's media type when a part arrives without one: from the file name, then the bytes.
const BY_EXTENSION: Record<string, string> = {
  pdf: "application/pdf",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  txt: "text/plain",
  csv: "text/csv",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ppt: "application/vnd.ms-powerpoint",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
};

export function fileExtension(filename: string): string {
  const match = /\.([A-Za-z0-9]+)$/.exec(filename);
  return match ? match[1]!.toLowerCase() : "";
}

export function inferMediaType(filename: string, declared: string, content: Uint8Array): string {
  const type = declared.split(";")[0]!.trim().toLowerCase();
  // The platform's multipart parser reports a part sent without Content-Type as text/plain, so text/plain
  // is only believed when neither the name nor the bytes say otherwise.
  if (type && type !== "application/octet-stream" && type !== "text/plain") return type;
  const byName = BY_EXTENSION[fileExtension(filename)];
  if (byName) return byName;
  const head = Buffer.from(content.subarray(0, 8));
  if (head.subarray(0, 5).toString("latin1") === "%PDF-") return "application/pdf";
  if (head.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))) return "image/png";
  if (head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return "image/jpeg";
  return type || "application/octet-stream";
}
