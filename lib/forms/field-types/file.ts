import * as z from "zod";
import { MAX_TOTAL_ATTACHMENT_BYTES, ZFileReference, type TFileReference } from "../answer-values";
import type { TFieldTypeDefinition } from "../field-type";
import { formatByteSize } from "../messages";
import { invalidMessage, isBlank } from "./shared";

export const ZFileSettings = z
  .object({
    /** Media types such as "application/pdf", or a family such as "image/*". */
    allowedMediaTypes: z
      .array(z.string().regex(/^[a-z]+\/([a-z0-9.+-]+|\*)$/))
      .min(1)
      .default(["application/pdf", "image/jpeg", "image/png"]),
    maxFileSizeBytes: z
      .number()
      .int()
      .min(1)
      .max(MAX_TOTAL_ATTACHMENT_BYTES)
      .default(5 * 1024 * 1024),
    maxFiles: z.number().int().min(1).max(20).default(1),
  })
  .strict();

export const MAX_FILE_NAME_LENGTH = 120;

export function isMediaTypeAllowed(mediaType: string, allowed: string[]): boolean {
  const lowered = mediaType.toLowerCase();
  return allowed.some((pattern) =>
    pattern.endsWith("/*") ? lowered.startsWith(pattern.slice(0, -1)) : lowered === pattern,
  );
}

/** One line per file: its name and SHA-256, so the recipient can match the attachment. */
export function formatFileReference(file: TFileReference): string {
  return `${file.name} (SHA-256: ${file.sha256})`;
}

function parseFileReferences(raw: string[]): unknown[] {
  return raw.flatMap((value) => {
    try {
      const parsed: unknown = JSON.parse(value);
      return Array.isArray(parsed) ? parsed : [parsed];
    } catch {
      return [value];
    }
  });
}

/** Value: a list of uploaded-file references. The host uploads the bytes and supplies the references. */
export const fileFieldType: TFieldTypeDefinition<"file"> = {
  type: "file",
  settingsSchema: ZFileSettings,
  emptyValue: [],
  isEmpty: isBlank,
  buildValueSchema(field, context) {
    const { allowedMediaTypes, maxFileSizeBytes, maxFiles } = field.settings;
    const language = context.language;
    return z
      .array(ZFileReference.extend({ name: z.string().min(1).max(MAX_FILE_NAME_LENGTH) }), {
        error: invalidMessage(field, context, "invalidFile"),
      })
      .superRefine((files, zodContext) => {
        if (files.length > maxFiles) {
          zodContext.addIssue({
            code: "custom",
            message: invalidMessage(field, context, "tooManyFiles", { max: maxFiles }),
          });
        }
        files.forEach((file, index) => {
          if (!isMediaTypeAllowed(file.mediaType, allowedMediaTypes)) {
            zodContext.addIssue({
              code: "custom",
              path: [index],
              message: invalidMessage(field, context, "fileTypeNotAllowed", {
                name: file.name,
                types: allowedMediaTypes.join(", "),
              }),
            });
          }
          if (file.size > maxFileSizeBytes) {
            zodContext.addIssue({
              code: "custom",
              path: [index],
              message: invalidMessage(field, context, "fileTooLarge", {
                name: file.name,
                max: formatByteSize(maxFileSizeBytes, language),
              }),
            });
          }
        });
      }) as z.ZodType<TFileReference[]>;
  },
  coerce: (input, name) =>
    input.files(name) ?? parseFileReferences(input.values(name).filter((value) => value !== "")),
  formatValue: (value) => value.map(formatFileReference).join("\n"),
  toJsonSchema: (field) => ({
    type: "array",
    maxItems: field.settings.maxFiles,
    items: {
      type: "object",
      additionalProperties: false,
      required: ["id", "name", "size", "sha256", "mediaType"],
      properties: {
        id: { type: "string" },
        name: { type: "string", maxLength: MAX_FILE_NAME_LENGTH },
        size: { type: "integer", minimum: 0, maximum: field.settings.maxFileSizeBytes },
        sha256: { type: "string", pattern: "^[0-9a-f]{64}$" },
        mediaType: { type: "string" },
      },
    },
  }),
  // Each file on its own line: name, " (SHA-256: ", 64 hex digits, ")".
  autocomplete: null,
  maxFormattedLength: (field) => field.settings.maxFiles * (MAX_FILE_NAME_LENGTH + 11 + 64 + 1 + 1) - 1,
};
