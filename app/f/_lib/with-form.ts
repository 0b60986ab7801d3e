import "server-only";
import { logger } from "@/lib/log/logger";
import { redirectResponse } from "./citizen-http";
import { loadFormContext, type TFormContext } from "./form-context";
import { messageResponse, notFoundResponse } from "./message-responses";
import { LOCALES } from "@/lib/i18n/locales";
import { citizenText } from "@/components/citizen/citizen-messages";
import { isOnBehalfForm } from "@/lib/citizen/decide-filing";

type TParams = { org: string; form: string } & Record<string, string>;

/**
 * The one wrapper of citizen form routes: loads the form context, 404 when unknown, logs failures without data.
 * Routes that fill the form are `isIdentificationGated`: a form that requires Suomi.fi Identification sends an
 * unidentified person (or one whose session ended) back to its start page, and a form one may file for others
 * sends a person who has not chosen for whom (checked in Suomi.fi Valtuudet) to that choice.
 */
export function withForm(
  handler: (context: TFormContext, params: TParams) => Promise<Response>,
  options: { isIdentificationGated?: boolean; isFilingChoice?: boolean } = {},
) {
  return async (request: Request, { params }: { params: Promise<TParams> }): Promise<Response> => {
    const resolved = await params;
    try {
      const context = await loadFormContext(request, resolved);
      if (!context) return notFoundResponse(request);
      if (options.isIdentificationGated && context.form.identification === "required" && !context.identified)
        return redirectResponse(request, context.urls.start);
      // A form one may file for others asks first for whom, and every later page needs that checked choice.
      if (
        options.isIdentificationGated &&
        !options.isFilingChoice &&
        context.identified &&
        isOnBehalfForm(context.form.filingSettings) &&
        !context.draft?.filing
      )
        return redirectResponse(request, context.urls.forWhom);
      return await handler(context, resolved);
    } catch (error) {
      logger.error(
        { err: error, path: new URL(request.url).pathname.replace(/\/(resume|send|return)\/[^/]+/, "/$1/…") },
        "citizen route failed",
      );
      return messageResponse(
        request,
        "fi",
        {
          // In every language: the failure may have come before the page's language was known.
          title: LOCALES.map((locale) => citizenText(locale, "serviceErrorTitle")).join(" – "),
          paragraphs: LOCALES.map((locale) => citizenText(locale, "serviceErrorBody")),
        },
        500,
      );
    }
  };
}
