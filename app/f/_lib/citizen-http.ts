// Responses and request parsing shared by the citizen route handlers (which the proxy does not run for).
import "server-only";
import { getEnv } from "@/lib/env";
import { LANGUAGES, type TLanguage } from "@/lib/forms/localized-text";
import { isDeclaredBodyTooLarge } from "@/lib/http/body-limit";
import { baseSecurityHeaders, buildCitizenCsp } from "@/lib/http/security-headers";

export type TCookie = { name: string; value: string; path: string; maxAgeSeconds: number };

function isHttps(request: Request): boolean {
  const forwarded = request.headers.get("x-forwarded-proto");
  return (forwarded ?? new URL(request.url).protocol.replace(":", "")) === "https";
}

function cookieHeader(cookie: TCookie, secure: boolean): string {
  return [
    `${cookie.name}=${cookie.value}`,
    `Path=${cookie.path}`,
    `Max-Age=${cookie.maxAgeSeconds}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

function securityHeaders(request: Request, formActionOrigins: string[]): Headers {
  const headers = new Headers(baseSecurityHeaders(isHttps(request)));
  headers.set("Content-Security-Policy", buildCitizenCsp({ formActionOrigins }));
  return headers;
}

export type TResponseOptions = {
  status?: number;
  cookies?: TCookie[];
  formActionOrigins?: string[];
  /** Public pages that hold no personal data may be cached; everything else is no-store. */
  cacheControl?: string;
  etag?: string;
};

export function htmlResponse(request: Request, html: string, options: TResponseOptions = {}): Response {
  const headers = securityHeaders(request, options.formActionOrigins ?? []);
  headers.set("Content-Type", "text/html; charset=utf-8");
  headers.set("Cache-Control", options.cacheControl ?? "no-store");
  if (options.etag) headers.set("ETag", options.etag);
  for (const cookie of options.cookies ?? [])
    headers.append("Set-Cookie", cookieHeader(cookie, isHttps(request)));
  return new Response(html, { status: options.status ?? 200, headers });
}

/** Adds cookies to a response made elsewhere (a draft created just before a refusal keeps its cookie). */
export function withCookies(response: Response, request: Request, cookies: TCookie[]): Response {
  for (const cookie of cookies) response.headers.append("Set-Cookie", cookieHeader(cookie, isHttps(request)));
  return response;
}

export function redirectResponse(request: Request, location: string, cookies: TCookie[] = []): Response {
  const headers = securityHeaders(request, []);
  headers.set("Location", location);
  headers.set("Cache-Control", "no-store");
  for (const cookie of cookies) headers.append("Set-Cookie", cookieHeader(cookie, isHttps(request)));
  return new Response(null, { status: 303, headers });
}

export function notModified(request: Request, etag: string): Response {
  const headers = securityHeaders(request, []);
  headers.set("ETag", etag);
  return new Response(null, { status: 304, headers });
}

/** A state-changing POST must come from our own pages: a present Origin must be ours (never "null"). */
export function isForeignOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  if (origin === "null") return true;
  const allowed = new Set([new URL(request.url).origin]);
  const appUrl = getEnv().APP_URL;
  if (appUrl) allowed.add(new URL(appUrl).origin);
  const host = request.headers.get("host");
  if (host) allowed.add(`${isHttps(request) ? "https" : "http"}://${host}`);
  return !allowed.has(origin);
}

export function readCookie(request: Request, name: string): string | undefined {
  const header = request.headers.get("cookie") ?? "";
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

/** The page language from ?lang=, limited to the form's languages; Finnish otherwise. */
export function requestLanguage(request: Request, available: readonly TLanguage[] = LANGUAGES): TLanguage {
  const requested = new URL(request.url).searchParams.get("lang");
  return (
    available.find((language) => language === requested) ?? (available.includes("fi") ? "fi" : available[0]!)
  );
}

/** Absolute URL of a path on this app (return addresses, resume links). */
export function absoluteUrl(request: Request, path: string): string {
  const configured = getEnv().APP_URL;
  if (configured) return new URL(path, configured).toString();
  const host =
    request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? new URL(request.url).host;
  return new URL(path, `${isHttps(request) ? "https" : "http"}://${host}`).toString();
}

export type TPostedBody = { fields: Record<string, string | string[]>; files: Map<string, File[]> };

/** A step's files (at most the POST profile's 10 MB of attachments) and its text, with room for the encoding. */
export const MAX_CITIZEN_BODY_BYTES = 11 * 1024 * 1024;

/** Reads the request body, or undefined when it is over `maxBytes` (declared or actually sent). */
async function readBodyWithin(request: Request, maxBytes: number): Promise<Buffer<ArrayBuffer> | undefined> {
  if (isDeclaredBodyTooLarge(request.headers.get("content-length"), maxBytes)) return undefined;
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Far above any real page (a 300-field form has its fields spread over pages), far below a flood. */
export const MAX_CITIZEN_POSTED_FIELDS = 2000;

export type TPostedBodyRefusal = "too-large" | "malformed";

/**
 * The posted form fields and files, or why they were refused: "too-large" over MAX_CITIZEN_BODY_BYTES or
 * MAX_CITIZEN_POSTED_FIELDS, "malformed" when the body is not a complete form post (truncated multipart, JSON…).
 * On a refusal the caller answers with refusedPostResponse() and changes nothing.
 */
export async function readPostedBody(request: Request): Promise<TPostedBody | TPostedBodyRefusal> {
  const fields: Record<string, string | string[]> = {};
  const files = new Map<string, File[]>();
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i.test(contentType)) return "malformed";
  const bytes = await readBodyWithin(request, MAX_CITIZEN_BODY_BYTES);
  if (!bytes) return "too-large";
  let data: FormData;
  try {
    data = await new Response(new Blob([bytes]), { headers: { "content-type": contentType } }).formData();
  } catch {
    return "malformed";
  }
  const entries = [...data.entries()];
  if (entries.length > MAX_CITIZEN_POSTED_FIELDS) return "too-large";
  for (const [name, value] of entries) {
    if (typeof value === "string") {
      const existing = fields[name];
      fields[name] =
        existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
    } else {
      files.set(name, [...(files.get(name) ?? []), value]);
    }
  }
  return { fields, files };
}
