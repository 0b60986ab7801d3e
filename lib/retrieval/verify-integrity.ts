// Recomputes a retrieved message's integrity code and compares it with the code in the text and with the
// submission's snapshot. The citizen's browser posts the text, so anything may have been changed on the way.
import "server-only";
import { timingSafeEqualString, sha256Hex } from "@/lib/crypto/keyed-hash";
import { normaliseMessageText } from "@/lib/forms/render-answers-text";
import { splitIntegrityLine } from "@/lib/submissions/submission-text";
import { computeIntegrityCode } from "@/lib/submissions/integrity-code";

export type TIntegrityFinding =
  | "code-missing"
  | "code-does-not-verify"
  | "code-differs-from-snapshot"
  | "text-differs-from-snapshot"
  | "attachments-differ-from-snapshot";

export type TIntegrityResult = {
  status: "valid" | "mismatch" | "missing-code";
  findings: TIntegrityFinding[];
  textSha256: string;
  attachmentSha256s: string[];
};

export type TIntegritySnapshot = {
  reference: string;
  textSha256: string;
  attachmentSha256s: readonly string[];
  integrityCode: string;
};

const sorted = (values: readonly string[]) => [...values].map((v) => v.toLowerCase()).sort();

/**
 * `attachmentSha256s` are every attachment of the submission as it stands now: those downloaded with the message
 * and those that stayed with Lomake. Valid only if every check holds.
 */
export function verifyIntegrity(input: {
  retrievedBody: string;
  attachmentSha256s: readonly string[];
  snapshot: TIntegritySnapshot;
  key?: Buffer;
}): TIntegrityResult {
  const { textWithoutCodeLine, code } = splitIntegrityLine(input.retrievedBody);
  const textSha256 = sha256Hex(normaliseMessageText(textWithoutCodeLine));
  const attachmentSha256s = sorted(input.attachmentSha256s);
  const findings: TIntegrityFinding[] = [];
  const recomputed = computeIntegrityCode(
    { reference: input.snapshot.reference, textSha256, attachmentSha256s },
    input.key,
  );
  if (code === null) findings.push("code-missing");
  else if (!timingSafeEqualString(code, recomputed)) findings.push("code-does-not-verify");
  if (code !== null && !timingSafeEqualString(code, input.snapshot.integrityCode.trim().toUpperCase())) {
    findings.push("code-differs-from-snapshot");
  }
  if (!timingSafeEqualString(textSha256, input.snapshot.textSha256.toLowerCase())) {
    findings.push("text-differs-from-snapshot");
  }
  if (sorted(input.snapshot.attachmentSha256s).join(",") !== attachmentSha256s.join(",")) {
    findings.push("attachments-differ-from-snapshot");
  }
  const status = findings.length === 0 ? "valid" : code === null ? "missing-code" : "mismatch";
  return { status, findings, textSha256, attachmentSha256s };
}
