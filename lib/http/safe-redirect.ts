// Every redirect target and return address passes through here: only paths on this host are allowed.
// Pure (no Node built-ins), so the proxy, route handlers and next-auth can all use it.

const ALLOWED_PATH = /^\/(?![/\\])[\x21-\x7e]*$/;

/**
 * Returns `target` when it is a plain path on this host (e.g. "/admin/members?x=1"), otherwise `fallback`.
 * Refuses absolute and scheme-relative URLs, backslashes, encoded slashes or backslashes, control and
 * non-ASCII characters, userinfo tricks and anything a browser might resolve to another origin.
 */
export function safeRedirectPath(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || target.length === 0 || target.length > 2000) return fallback;
  if (!ALLOWED_PATH.test(target)) return fallback;
  if (target.includes("\\")) return fallback;
  let decoded = target;
  for (let round = 0; round < 3; round += 1) {
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    if (next === decoded) break;
    decoded = next;
  }
  if (/^[/\\]{2}/.test(decoded) || decoded.includes("\\") || /[\u0000-\u001f\u007f]/.test(decoded))
    return fallback;
  if (/^\/[^/?#]*:/.test(decoded)) return fallback;
  // No dot segments or empty segments: a path that normalises into "//host" could escape on a second hop.
  const decodedPath = decoded.split(/[?#]/)[0]!;
  if (decodedPath.includes("//") || /(^|\/)\.{1,2}(\/|$)/.test(decodedPath)) return fallback;
  // A browser resolving the path against any base must stay on that base's origin.
  const base = "https://lomake.invalid";
  let resolved: URL;
  try {
    resolved = new URL(target, base);
  } catch {
    return fallback;
  }
  return resolved.origin === base ? target : fallback;
}

/**
 * For next-auth's redirect callback. Checked as sent, before any URL parsing (which would drop TAB/CR/LF,
 * turn "\\" into "/", resolve "..", or read "http:evil.example" as a path): a rooted path, or exactly this
 * origin followed by a rooted path; the path part then passes safeRedirectPath. Anything else: the fallback.
 */
export function safeRedirectUrl(url: string, baseUrl: string, fallback = "/admin"): string {
  const fallbackUrl = new URL(fallback, baseUrl).toString();
  if (typeof url !== "string") return fallbackUrl;
  const origin = new URL(baseUrl).origin;
  const path = url.startsWith(`${origin}/`) ? url.slice(origin.length) : url.startsWith("/") ? url : null;
  if (path === null) return fallbackUrl;
  const safe = safeRedirectPath(path, "");
  return safe ? `${origin}${safe}` : fallbackUrl;
}
