// SAML's HTTP-Redirect binding as the sandbox IdP needs it: the message is DEFLATEd and base64-encoded into the
// query, and the signature covers the raw query parameters SAMLRequest|SAMLResponse, RelayState and SigAlg in
// that order, exactly as received (SAML bindings §3.4.4.1). This is the binding's detached signature, not XML
// signing.
import { createSign, createVerify } from "node:crypto";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import { toPem } from "./idp-service-providers";

const SIG_ALGORITHMS: Record<string, string> = {
  "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256": "RSA-SHA256",
  "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512": "RSA-SHA512",
};
export const RSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

export type TRedirectMessage = { kind: "SAMLRequest" | "SAMLResponse"; xml: string; relayState?: string };

function rawParameter(rawQuery: string, name: string): string | undefined {
  for (const part of rawQuery.replace(/^\?/, "").split("&")) {
    const index = part.indexOf("=");
    if ((index < 0 ? part : part.slice(0, index)) === name) return index < 0 ? "" : part.slice(index + 1);
  }
  return undefined;
}

export class RedirectBindingError extends Error {}

/** Decodes the message and checks its signature against any of the certificates (base64 bodies). */
export function readSignedRedirect(rawQuery: string, certificates: readonly string[]): TRedirectMessage {
  const kind = rawParameter(rawQuery, "SAMLRequest") !== undefined ? "SAMLRequest" : "SAMLResponse";
  const message = rawParameter(rawQuery, kind);
  if (!message) throw new RedirectBindingError("No SAMLRequest or SAMLResponse");
  const relayState = rawParameter(rawQuery, "RelayState");
  const sigAlg = rawParameter(rawQuery, "SigAlg");
  const signature = rawParameter(rawQuery, "Signature");
  if (!sigAlg || !signature) throw new RedirectBindingError("The message is not signed");
  const algorithm = SIG_ALGORITHMS[decodeURIComponent(sigAlg)];
  if (!algorithm) throw new RedirectBindingError("Unsupported signature algorithm");
  const signed = [
    `${kind}=${message}`,
    ...(relayState !== undefined ? [`RelayState=${relayState}`] : []),
    `SigAlg=${sigAlg}`,
  ].join("&");
  const signatureBytes = Buffer.from(decodeURIComponent(signature), "base64");
  const isValid = certificates.some((certificate) =>
    createVerify(algorithm).update(signed).verify(toPem(certificate), signatureBytes),
  );
  if (!isValid)
    throw new RedirectBindingError("The signature does not verify with the registered certificate");
  let xml: string;
  try {
    xml = inflateRawSync(Buffer.from(decodeURIComponent(message), "base64")).toString("utf8");
  } catch {
    throw new RedirectBindingError("The message is not DEFLATE-encoded");
  }
  return { kind, xml, relayState: relayState === undefined ? undefined : decodeURIComponent(relayState) };
}

/** A signed Redirect-binding URL carrying `xml` to `endpoint`. */
export function signedRedirectUrl(endpoint: string, message: TRedirectMessage, privateKey: string): string {
  const parameters = [
    `${message.kind}=${encodeURIComponent(deflateRawSync(Buffer.from(message.xml, "utf8")).toString("base64"))}`,
    ...(message.relayState !== undefined ? [`RelayState=${encodeURIComponent(message.relayState)}`] : []),
    `SigAlg=${encodeURIComponent(RSA_SHA256)}`,
  ].join("&");
  const signature = createSign("RSA-SHA256").update(parameters).sign(privateKey, "base64");
  return `${endpoint}${endpoint.includes("?") ? "&" : "?"}${parameters}&Signature=${encodeURIComponent(signature)}`;
}
