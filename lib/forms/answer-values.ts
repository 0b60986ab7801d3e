import * as z from "zod";

/** A reference to an uploaded file; the bytes live elsewhere (the host's upload store). */
export const ZFileReference = z
  .object({
    id: z.string().min(1).max(200),
    name: z.string().min(1).max(255),
    size: z.number().int().nonnegative(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    mediaType: z.string().min(1).max(255),
  })
  .strict();
export type TFileReference = z.infer<typeof ZFileReference>;

export interface TAddressValue {
  street: string;
  postalCode: string;
  postOffice: string;
  /** ISO 3166-1 alpha-2, "FI" by default. */
  country: string;
}

export type TScalarAnswer = string | number | boolean;
export type TGroupRow = { [key: string]: TAnswerValue };
export type TAnswerValue = TScalarAnswer | string[] | TAddressValue | TFileReference[] | TGroupRow[] | null;

/** Answers keyed by field key. Values are JSON-serialisable. */
export type TAnswers = { [key: string]: TAnswerValue };

/** The Suomi.fi Messages limit for all attachments of one message sent by an end user. */
export const MAX_TOTAL_ATTACHMENT_BYTES = 10 * 1024 * 1024;
