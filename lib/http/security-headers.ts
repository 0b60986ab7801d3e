// Response headers every page gets. Pure (no Node built-ins): the proxy runs it for each request.

export type TCspOptions = { nonce: string; isDevelopment: boolean; formActionOrigins?: string[] };

export function buildAdminCsp({ nonce, isDevelopment, formActionOrigins = [] }: TCspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${isDevelopment ? " 'unsafe-inline'" : ` 'nonce-${nonce}'`}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${isDevelopment ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self'${formActionOrigins.map((origin) => ` ${origin}`).join("")}`,
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

export function baseSecurityHeaders(isHttps: boolean): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    ...(isHttps ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** Citizen pages: static HTML, no inline script or style, no nonce; forms may post only here and to Suomi.fi. */
export function buildCitizenCsp({ formActionOrigins = [] }: { formActionOrigins?: string[] } = {}): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `form-action 'self'${formActionOrigins.map((origin) => ` ${origin}`).join("")}`,
    "frame-ancestors 'none'",
  ].join("; ");
}
