// The benchmarks' framework baseline (`npm run bench`): a citizen document (the accessibility statement in
// Finnish) prerendered at build time, so the Next server serves it as static bytes with no code of ours per
// request. Public and harmless: the same text as /f/accessibility.
import { createElement } from "react";
import { AccessibilityStatement, accessibilityTitle } from "@/components/citizen/accessibility-statement";
import { CitizenDocument, renderDocument } from "@/components/citizen/citizen-document";

export const dynamic = "force-static";

export async function GET() {
  const html = await renderDocument(
    createElement(CitizenDocument, {
      language: "fi",
      title: accessibilityTitle("fi"),
      languageLinks: [],
      content: createElement(AccessibilityStatement, { language: "fi" }),
    }),
  );
  return new Response(html, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
