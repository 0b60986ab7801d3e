// Why an identification was not accepted, named for the log (never with personal data) and mapped to what the
// person is told to do.
export const IDENTIFICATION_REFUSALS = [
  "unavailable",
  "unsolicited",
  "attempt-expired",
  "browser-mismatch",
  "not-encrypted",
  "invalid-signature",
  "expired",
  "audience",
  "recipient",
  "in-response-to",
  "authn-context",
  "issuer",
  "no-henkilotunnus",
  "cancelled",
  "failed",
  "malformed",
] as const;
export type TIdentificationRefusal = (typeof IDENTIFICATION_REFUSALS)[number];

export class IdentificationRefusedError extends Error {
  constructor(
    readonly reason: TIdentificationRefusal,
    readonly context: { language?: string; returnPath?: string } = {},
  ) {
    super(`Identification refused: ${reason}`);
  }
}

/** Maps node-saml's error messages (library text, no personal data) to a refusal reason. */
export function refusalFromSamlError(message: string): TIdentificationRefusal {
  if (/signature/i.test(message)) return "invalid-signature";
  // node-saml drops subject confirmations outside their NotBefore/NotOnOrAfter window before it reports this.
  if (/expired|not yet valid|too old|no valid subject confirmation/i.test(message)) return "expired";
  if (/audience/i.test(message)) return "audience";
  if (/InResponseTo/i.test(message)) return "in-response-to";
  if (/issuer/i.test(message)) return "issuer";
  if (/EncryptedAssertion|decrypt/i.test(message)) return "not-encrypted";
  return "malformed";
}
