// What is wrong with a retrieved citizen message beyond its thread, for handlers: it is stored and shown whole
// anyway (nothing retrieved is lost), with this reason beside it.

/** What Suomi.fi lets citizens send (DVV): 4,000 characters of text and 10 MB of attachments in total. */
export const CITIZEN_TEXT_LIMIT = 4000;
export const CITIZEN_ATTACHMENTS_LIMIT_BYTES = 10 * 1024 * 1024;

/** The electronic attachment types Suomi.fi Messages accepts (the documented list; text files included). */
const KNOWN_MEDIA_TYPES = new Set([
  "application/pdf",
  "image/jpeg",
  "image/png",
  "application/msword",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.ms-excel",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "application/vnd.ms-powerpoint",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  "application/vnd.oasis.opendocument.text",
  "application/vnd.oasis.opendocument.spreadsheet",
  "text/plain",
  "text/csv",
  "application/rtf",
]);

export type TMessageProblem = "message-over-limit" | "attachments-over-limit" | "attachment-unknown-type";

export function findMessageProblem(message: {
  title: string;
  body: string;
  attachments: { mediaType: string; sizeBytes: number }[];
}): TMessageProblem | null {
  // Characters as Suomi.fi counts them: a line end is one, composed (NFC).
  const length = [...message.body.replace(/\r\n?/g, "\n").normalize("NFC")].length;
  if (length > CITIZEN_TEXT_LIMIT) return "message-over-limit";
  const total = message.attachments.reduce((sum, attachment) => sum + attachment.sizeBytes, 0);
  if (total > CITIZEN_ATTACHMENTS_LIMIT_BYTES) return "attachments-over-limit";
  const isUnknown = (type: string) => !KNOWN_MEDIA_TYPES.has(type.split(";")[0]!.trim().toLowerCase());
  if (message.attachments.some((attachment) => isUnknown(attachment.mediaType)))
    return "attachment-unknown-type";
  return null;
}
