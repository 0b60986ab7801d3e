import { createElement } from "react";
import { AccessibilityStatement, accessibilityTitle } from "@/components/citizen/accessibility-statement";
import { CitizenDocument, renderDocument } from "@/components/citizen/citizen-document";
import { htmlResponse, requestLanguage } from "../_lib/citizen-http";

export const dynamic = "force-dynamic";

export async function GET(request: Request) {
  const language = requestLanguage(request);
  const html = await renderDocument(
    createElement(CitizenDocument, {
      language,
      title: accessibilityTitle(language),
      languageLinks: (["fi", "sv", "en"] as const).map((candidate) => ({
        language: candidate,
        href: `/f/accessibility${candidate === "fi" ? "" : `?lang=${candidate}`}`,
      })),
      content: createElement(AccessibilityStatement, { language }),
    }),
  );
  return htmlResponse(request, html, { cacheControl: "public, max-age=300" });
}
