// Responses and request parsing shared by the citizen route handlers (which the proxy does not run for).
import "server-only";
import { getEnv } from "@/lib/env";
import { LANGUAGES, type TLanguage } from "@/lib/forms/localized-text";
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

export async function readPostedBody(request: Request): Promise<TPostedBody> {
  const fields: Record<string, string | string[]> = {};
  const files = new Map<string, File[]>();
  let data: FormData;
  try {
    data = await request.formData();
  } catch {
    return { fields, files };
  }
  for (const [name, value] of data.entries()) {
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
