// The citizen side of rate limiting: the person's address, and the plain page shown when a limit is reached.
import "server-only";
import { citizenText } from "@/components/citizen/citizen-messages";
import type { TLanguage } from "@/lib/forms/localized-text";
import { checkCitizenRateLimit, type TCitizenAction } from "@/lib/security/citizen-rate-limits";
import { messageResponse } from "./message-responses";

/** The client's address as the reverse proxy (or Next's own server) reports it. */
export function requestIp(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip")?.trim() || null;
}

/**
 * Counts the action; when a limit is reached, answers a 429 page (with Retry-After) telling the person in their
 * language when to try again. The caller must return it before changing anything. Undefined when allowed.
 */
export async function refuseIfRateLimited(
  request: Request,
  language: TLanguage,
  action: TCitizenAction,
  subject: { draftId?: string | null },
  back?: { href: string; label: string },
): Promise<Response | undefined> {
  const result = await checkCitizenRateLimit(action, { draftId: subject.draftId, ip: requestIp(request) });
  if (result.isAllowed) return undefined;
  const minutes = Math.max(1, Math.ceil(result.retryAfterSeconds / 60));
  const response = await messageResponse(
    request,
    language,
    {
      title: citizenText(language, "rateLimitedTitle"),
      paragraphs: [citizenText(language, "rateLimitedBody", { minutes })],
      links: back ? [back] : undefined,
    },
    429,
  );
  response.headers.set("Retry-After", String(result.retryAfterSeconds));
  return response;
}
