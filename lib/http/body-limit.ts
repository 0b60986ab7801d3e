// Oversized request bodies are refused before anything reads them. Pure (no Node built-ins): the proxy runs it.

/** Admin Server Actions and form posts: Next's own Server Action limit (1 MB), answered with a clear 413 here. */
export const MAX_ADMIN_BODY_BYTES = 1024 * 1024;

/**
 * Whether the declared body is over the limit. A malformed Content-Length is treated as too large; a body
 * without one (chunked) is left to the reader's own limit.
 */
export function isDeclaredBodyTooLarge(contentLength: string | null, maxBytes: number): boolean {
  if (contentLength === null) return false;
  if (!/^\d{1,15}$/.test(contentLength.trim())) return true;
  return Number(contentLength.trim()) > maxBytes;
}
