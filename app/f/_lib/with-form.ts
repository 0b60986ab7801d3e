import "server-only";
import { logger } from "@/lib/log/logger";
import { loadFormContext, type TFormContext } from "./form-context";
import { messageResponse, notFoundResponse } from "./message-responses";

type TParams = { org: string; form: string } & Record<string, string>;

/** The one wrapper of citizen form routes: loads the form context, 404 when unknown, logs failures without data. */
export function withForm(handler: (context: TFormContext, params: TParams) => Promise<Response>) {
  return async (request: Request, { params }: { params: Promise<TParams> }): Promise<Response> => {
    const resolved = await params;
    try {
      const context = await loadFormContext(request, resolved);
      if (!context) return notFoundResponse(request);
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
          title: "Palvelussa on häiriö – Tjänsten är störd – Service error",
          paragraphs: [
            "Yritä hetken kuluttua uudelleen. Tallennetut tiedot säilyvät.",
            "Försök igen om en stund. Sparade uppgifter finns kvar.",
            "Please try again shortly. Saved answers are kept.",
          ],
        },
        500,
      );
    }
  };
}
