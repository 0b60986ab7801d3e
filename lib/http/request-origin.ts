// CSRF defence for admin Server Actions and other state-changing requests: the browser's Origin header must name
// this app. Next checks Server Actions itself but lets a request without Origin through; we do not. Pure (no Node
// built-ins): the proxy runs it for each request.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export type TOriginCheck = {
  method: string;
  /** The Origin header as sent, or null. */
  origin: string | null;
  /** The request URL's own origin (as the server sees it). */
  requestOrigin: string;
  /** Host and X-Forwarded-Host headers (a reverse proxy in front). */
  host: string | null;
  forwardedHost?: string | null;
  /** "https" when the request came in over TLS (directly or per X-Forwarded-Proto). */
  protocol: "http" | "https";
  /** APP_URL, the public address, when configured. */
  appUrl?: string;
};

/** Whether a state-changing request may proceed: safe methods always; others only with our own Origin. */
export function isAllowedRequestOrigin(check: TOriginCheck): boolean {
  if (SAFE_METHODS.has(check.method.toUpperCase())) return true;
  if (!check.origin || check.origin === "null") return false;
  let origin: URL;
  try {
    origin = new URL(check.origin);
  } catch {
    return false;
  }
  // An Origin header is scheme://host[:port] only; anything more is not a browser's.
  if (origin.origin !== check.origin) return false;
  const allowed = new Set<string>([check.requestOrigin]);
  if (check.appUrl) allowed.add(new URL(check.appUrl).origin);
  for (const host of [check.host, check.forwardedHost?.split(",")[0]?.trim()]) {
    if (host) allowed.add(`${check.protocol}://${host.toLowerCase()}`);
  }
  return allowed.has(origin.origin);
}
