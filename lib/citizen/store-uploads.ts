// Attachments uploaded on a step: checked by content, limited per file, per field and for the whole form,
// stored encrypted with the draft.
import "server-only";
import { randomUUID } from "node:crypto";
import { storedFileContext } from "@/lib/crypto/encryption-contexts";
import { encryptBytes, decryptBytes } from "@/lib/crypto/encrypt-value";
import { sha256Hex } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";
import { MAX_TOTAL_ATTACHMENT_BYTES } from "@/lib/forms/answer-values";
import type { TFieldOfType } from "@/lib/forms/definition";
import { isMediaTypeAllowed, MAX_FILE_NAME_LENGTH } from "@/lib/forms/field-types/file";
import type { TLanguage } from "@/lib/forms/localized-text";
import { formatByteSize, translateMessage } from "@/lib/forms/messages";
import { detectFileType } from "./detect-file-type";
import type { TDraft, TDraftFile } from "./drafts";
import { scanUpload, uploadRefusalMessage } from "./scan-file";

/** A file name safe to show and send: no paths or control characters, at most MAX_FILE_NAME_LENGTH. */
export function cleanFileName(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\u0000-\u001F\u007F"<>|:*?]/g, "")
    .trim();
  const withName = base === "" ? `liite.${extension}` : base;
  if (withName.length <= MAX_FILE_NAME_LENGTH) return withName;
  const suffix = `.${extension}`;
  return withName.slice(0, MAX_FILE_NAME_LENGTH - suffix.length) + suffix;
}

export type TUploadResult = { stored: TDraftFile[]; errors: string[] };

export async function storeUploads(input: {
  draft: TDraft;
  organizationId: string;
  field: TFieldOfType<"file">;
  inputName: string;
  files: File[];
  language: TLanguage;
}): Promise<TUploadResult> {
  const { draft, field, inputName, language } = input;
  const { allowedMediaTypes, maxFileSizeBytes, maxFiles } = field.settings;
  const errors: string[] = [];
  const stored: TDraftFile[] = [];
  let fieldCount = draft.files.filter((file) => file.fieldKey === inputName).length;
  let totalBytes = draft.files.reduce((sum, file) => sum + file.size, 0);
  for (const file of input.files) {
    if (file.size === 0 && file.name === "") continue;
    const displayName = file.name || "liite";
    if (fieldCount >= maxFiles) {
      errors.push(translateMessage(language, "tooManyFiles", { max: maxFiles }));
      break;
    }
    if (file.size > maxFileSizeBytes) {
      errors.push(
        translateMessage(language, "fileTooLarge", {
          name: displayName,
          max: formatByteSize(maxFileSizeBytes, language),
        }),
      );
      continue;
    }
    if (totalBytes + file.size > MAX_TOTAL_ATTACHMENT_BYTES) {
      errors.push(
        translateMessage(language, "totalAttachmentsTooLarge", {
          max: formatByteSize(MAX_TOTAL_ATTACHMENT_BYTES, language),
        }),
      );
      continue;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const detected = detectFileType(bytes, file.name);
    if (!detected || !isMediaTypeAllowed(detected.mediaType, allowedMediaTypes)) {
      errors.push(
        translateMessage(language, "fileTypeNotAllowed", {
          name: displayName,
          types: allowedMediaTypes.map((type) => type.split("/")[1]?.toUpperCase() ?? type).join(", "),
        }),
      );
      continue;
    }
    const scan = await scanUpload(bytes, { draftId: draft.id, fieldKey: inputName });
    if (!scan.isAccepted) {
      errors.push(uploadRefusalMessage(scan.reason, language, displayName));
      continue;
    }
    const id = randomUUID();
    const record: TDraftFile = {
      id,
      fieldKey: inputName,
      name: cleanFileName(file.name, detected.extension),
      size: bytes.byteLength,
      sha256: sha256Hex(bytes),
      mediaType: detected.mediaType,
    };
    await getPrisma().storedFile.create({
      data: {
        id,
        organizationId: input.organizationId,
        draftId: draft.id,
        fieldKey: inputName,
        name: record.name,
        mediaType: record.mediaType,
        sizeBytes: record.size,
        sha256: record.sha256,
        contentEncrypted: new Uint8Array(encryptBytes(bytes, { associatedData: storedFileContext(id) })),
        scanStatus: scan.scanStatus,
      },
    });
    stored.push(record);
    draft.files.push(record);
    fieldCount += 1;
    totalBytes += record.size;
  }
  return { stored, errors };
}

export async function removeDraftFile(draft: TDraft, fileId: string): Promise<void> {
  await getPrisma().storedFile.deleteMany({ where: { id: fileId, draftId: draft.id, submissionId: null } });
  draft.files = draft.files.filter((file) => file.id !== fileId);
}

/** Decrypted bytes of a stored file, checked against its recorded SHA-256. */
export async function readStoredFile(
  fileId: string,
): Promise<{ name: string; mediaType: string; bytes: Buffer } | null> {
  const row = await getPrisma().storedFile.findUnique({ where: { id: fileId } });
  if (!row) return null;
  const bytes = decryptBytes(row.contentEncrypted, { associatedData: storedFileContext(row.id) });
  if (sha256Hex(bytes) !== row.sha256) throw new Error(`Stored file ${row.id} does not match its SHA-256`);
  return { name: row.name, mediaType: row.mediaType, bytes };
}
