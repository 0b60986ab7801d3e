export type TDecryptionFailure =
  "malformed" | "unsupported-version" | "unknown-key" | "authentication-failed";

/** A value could not be decrypted. The message never contains the value or key material. */
export class DecryptionError extends Error {
  readonly reason: TDecryptionFailure;

  constructor(reason: TDecryptionFailure, message: string) {
    super(message);
    this.name = "DecryptionError";
    this.reason = reason;
  }
}
