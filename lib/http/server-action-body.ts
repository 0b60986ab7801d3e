// A Server Action request whose body Next cannot decode made it answer 500. The proxy checks the shape first
// and answers 400. Pure Web APIs only: the proxy runs it.

/** Why this Server Action request is malformed, or null when Next can decode it. */
export async function findServerActionBodyProblem(request: Request): Promise<string | null> {
  const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
  const hasLength = request.headers.get("content-length") !== null;
  // Browsers always declare the length of an action's body; without it the size limit cannot hold.
  if (!hasLength) return "length required";
  if (contentType.startsWith("multipart/form-data")) {
    if (!/boundary=/.test(contentType)) return "multipart without a boundary";
    try {
      await request.clone().formData();
      return null;
    } catch {
      return "multipart body does not parse";
    }
  }
  if (contentType.startsWith("text/plain") || contentType === "") {
    const text = await request.clone().text();
    if (text.length === 0) return null; // an action without arguments
    try {
      const value: unknown = JSON.parse(text);
      return Array.isArray(value) || typeof value === "string" ? null : "arguments are not a list";
    } catch {
      return "body is not JSON";
    }
  }
  if (contentType.startsWith("application/x-www-form-urlencoded")) return null;
  return "unexpected content type";
}
