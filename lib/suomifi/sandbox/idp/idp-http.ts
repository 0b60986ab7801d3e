// Answers of the IdP pages: their own CSP (a nonce for the POST binding's one script, frames for the
// front-channel logout), the SSO session cookie.
import { randomBytes } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { SafeHtml } from "../html";

export function sendIdpHtml(
  res: ServerResponse,
  status: number,
  page: SafeHtml | ((nonce: string) => SafeHtml),
  options: { setCookie?: string; allowFrames?: boolean } = {},
): void {
  const nonce = randomBytes(16).toString("base64");
  const text = (typeof page === "function" ? page(nonce) : page).value;
  const csp = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `script-src 'nonce-${nonce}'`,
    "form-action http: https:",
    options.allowFrames ? "frame-src http: https:" : "",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ]
    .filter(Boolean)
    .join("; ");
  res.writeHead(status, {
    "Content-Type": "text/html; charset=utf-8",
    "Content-Length": Buffer.byteLength(text),
    "Cache-Control": "no-store",
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    ...(options.setCookie ? { "Set-Cookie": options.setCookie } : {}),
  });
  res.end(text);
}

export function sessionCookie(name: string, value: string, maxAgeSeconds: number): string {
  return `${name}=${value}; Path=/; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax`;
}
