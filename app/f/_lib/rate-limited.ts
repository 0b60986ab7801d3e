// The citizen side of abuse limits: the person's address, and the plain pages shown when a rate limit is
// reached or a post is too large.
import "server-only";
import { citizenText } from "@/components/citizen/citizen-messages";
import type { TLanguage } from "@/lib/forms/localized-text";
import { checkCitizenRateLimit, type TCitizenAction } from "@/lib/security/citizen-rate-limits";
import { MAX_CITIZEN_BODY_BYTES, type TPostedBodyRefusal } from "./citizen-http";
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

/** The page for a refused post (413 too large, 400 malformed): nothing of it was read into the draft. */
export async function refusedPostResponse(
  request: Request,
  language: TLanguage,
  refusal: TPostedBodyRefusal,
  back?: { href: string; label: string },
): Promise<Response> {
  const isTooLarge = refusal === "too-large";
  return messageResponse(
    request,
    language,
    {
      title: citizenText(language, isTooLarge ? "tooLargeTitle" : "malformedTitle"),
      paragraphs: [
        isTooLarge
          ? citizenText(language, "tooLargeBody", {
              megabytes: Math.floor(MAX_CITIZEN_BODY_BYTES / 1024 / 1024),
            })
          : citizenText(language, "malformedBody"),
      ],
      links: back ? [back] : undefined,
    },
    isTooLarge ? 413 : 400,
  );
}
