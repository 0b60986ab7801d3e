import { REFERENCE_PATTERN } from "@/lib/submissions/reference";

const GLOBAL_REFERENCE = new RegExp(REFERENCE_PATTERN.source, "g");

/** The submission reference of a retrieved message: the last one in the body (the closing block), else the title's. */
export function findReference(title: string, body: string): string | null {
  const inBody = body.match(GLOBAL_REFERENCE);
  if (inBody && inBody.length > 0) return inBody[inBody.length - 1]!;
  return title.match(REFERENCE_PATTERN)?.[0] ?? null;
}
