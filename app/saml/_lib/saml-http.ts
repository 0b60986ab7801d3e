// Shared by the SAML route handlers: the refusal page (what to do, in the person's language), the safe return
// path, the log line without personal data.
import "server-only";
import { identificationText, refusalMessage } from "@/components/citizen/identification-messages";
import { LANGUAGES, type TLanguage } from "@/lib/forms/localized-text";
import { IdentificationRefusedError } from "@/lib/identification/identification-refusal";
import { IdentificationUnavailableError } from "@/lib/identification/service-provider";
import { logger } from "@/lib/log/logger";
import { messageResponse } from "@/app/f/_lib/message-responses";

export function pickLanguage(value: string | null | undefined): TLanguage {
  return LANGUAGES.find((language) => language === value) ?? "fi";
}

/** Only our own form pages: /f/{org}/{form}[/...], with an optional ?lang=. */
export function isSafeReturnPath(path: string | null | undefined): path is string {
  return (
    typeof path === "string" &&
    /^\/f\/[a-z0-9-]+\/[a-z0-9-]+(\/[A-Za-z0-9_-]+)*(\?lang=(fi|sv|en))?$/.test(path)
  );
}

export async function refusalResponse(request: Request, error: unknown, step: string): Promise<Response> {
  const refusal =
    error instanceof IdentificationRefusedError
      ? error
      : new IdentificationRefusedError(
          error instanceof IdentificationUnavailableError ? "unavailable" : "unavailable",
        );
  if (!(error instanceof IdentificationRefusedError))
    logger.error(
      { err: error instanceof Error ? { name: error.name, message: error.message } : undefined, step },
      "identification: failed",
    );
  else logger.warn({ reason: refusal.reason, step }, "identification: refused");
  const language = pickLanguage(refusal.context.language);
  const message = refusalMessage(language, refusal.reason);
  const returnPath = isSafeReturnPath(refusal.context.returnPath) ? refusal.context.returnPath : undefined;
  return messageResponse(
    request,
    language,
    {
      title: message.title,
      paragraphs: [message.paragraph],
      links: returnPath ? [{ href: returnPath, label: identificationText(language, "backToForm") }] : [],
    },
    refusal.reason === "cancelled" ? 200 : refusal.reason === "unavailable" ? 503 : 400,
  );
}
