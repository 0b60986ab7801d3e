import "server-only";
import { createElement } from "react";
import { CitizenDocument, renderDocument } from "@/components/citizen/citizen-document";
import { citizenText } from "@/components/citizen/citizen-messages";
import { MessagePage } from "@/components/citizen/simple-pages";
import type { TLanguage } from "@/lib/forms/localized-text";
import { htmlResponse } from "./citizen-http";

export async function messageResponse(
  request: Request,
  language: TLanguage,
  page: { title: string; paragraphs: string[]; links?: Array<{ href: string; label: string }> },
  status: number,
): Promise<Response> {
  const html = await renderDocument(
    createElement(CitizenDocument, {
      language,
      title: page.title,
      footerLinks: [
        {
          href: `/f/accessibility${language === "fi" ? "" : `?lang=${language}`}`,
          label: citizenText(language, "accessibility"),
        },
      ],
      content: createElement(MessagePage, page),
    }),
  );
  return htmlResponse(request, html, { status });
}

export function notFoundResponse(request: Request, language: TLanguage = "fi"): Promise<Response> {
  return messageResponse(
    request,
    language,
    { title: citizenText(language, "notFoundTitle"), paragraphs: [citizenText(language, "notFoundBody")] },
    404,
  );
}

export function forbiddenResponse(request: Request, language: TLanguage = "fi"): Promise<Response> {
  return messageResponse(
    request,
    language,
    { title: citizenText(language, "forbiddenTitle"), paragraphs: [citizenText(language, "forbiddenBody")] },
    403,
  );
}
