// Whom a draft is filed for, as stored: the role and, when not for oneself, the principal Suomi.fi Valtuudet
// confirmed (never what the browser posted). Encrypted on the draft and the submission; the principal's keyed
// hash beside it (lib/security/person-id-hashes.ts, computed by the caller), so erasure requests find it.
import "server-only";
import { z } from "zod";
import { decryptJson, encryptJson } from "@/lib/crypto/encrypt-value";
import { citizenDraftFilingContext, submissionFilingContext } from "@/lib/crypto/encryption-contexts";
import { FILING_ROLES } from "@/lib/forms/filing-role";

export const ZFiling = z.discriminatedUnion("role", [
  z.object({ role: z.literal("self") }),
  z.object({
    role: z.enum(FILING_ROLES.filter((role) => role !== "self") as ["guardian", "mandateHolder", "company"]),
    principal: z.object({ kind: z.enum(["person", "company"]), id: z.string(), name: z.string() }),
    /** The identified person who files, by name (their henkilötunnus is the submission's identified hash). */
    filerName: z.string(),
    /** The Valtuudet issue code the mandate was checked for, if the form names one. */
    issueCode: z.string().optional(),
  }),
]);
export type TFiling = z.infer<typeof ZFiling>;
export type TOnBehalfFiling = Extract<TFiling, { principal: unknown }>;

export function isOnBehalf(filing: TFiling | null | undefined): filing is TOnBehalfFiling {
  return Boolean(filing && filing.role !== "self");
}

export function encryptDraftFiling(filing: TFiling, draftId: string): string {
  return encryptJson(filing, { associatedData: citizenDraftFilingContext(draftId) });
}

export function decryptDraftFiling(envelope: string | null, draftId: string): TFiling | null {
  if (!envelope) return null;
  return decryptJson(envelope, { associatedData: citizenDraftFilingContext(draftId), schema: ZFiling });
}

export function encryptSubmissionFiling(filing: TFiling, submissionId: string): string {
  return encryptJson(filing, { associatedData: submissionFilingContext(submissionId) });
}

export function decryptSubmissionFiling(envelope: string | null, submissionId: string): TFiling | null {
  if (!envelope) return null;
  return decryptJson(envelope, { associatedData: submissionFilingContext(submissionId), schema: ZFiling });
}
