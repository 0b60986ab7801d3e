// next-auth copies request values into headers (Location) and its logs: a control character or a character
// outside Latin-1 there made Node throw (a 500) or wrote forged log lines. Such requests are refused first.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f]|[^\u0000-\u00ff]/;

/** True when any path segment or query parameter (name or value, decoded) holds such a character. */
export function hasUnsafeRequestText(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  for (const segment of parsed.pathname.split("/")) {
    try {
      if (UNSAFE.test(decodeURIComponent(segment))) return true;
    } catch {
      return true;
    }
  }
  for (const [name, value] of parsed.searchParams) {
    if (UNSAFE.test(name) || UNSAFE.test(value)) return true;
  }
  return false;
}
