// The benchmarks' framework baseline (`npm run bench`): a citizen document (the accessibility statement in
// Finnish) prerendered at build time, so the Next server serves it as static bytes with no code of ours per
// request. Public and harmless: the same text as /f/accessibility.
import { createElement } from "react";
import { AccessibilityStatement, accessibilityTitle } from "@/components/citizen/accessibility-statement";
import { CitizenDocument, renderDocument } from "@/components/citizen/citizen-document";
import { baseSecurityHeaders, buildCitizenCsp } from "@/lib/http/security-headers";

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
    headers: {
      // The citizen pages' headers (HSTS comes from the HTTPS front in production).
      ...baseSecurityHeaders(false),
      "Content-Security-Policy": buildCitizenCsp(),
      "Content-Type": "text/html; charset=utf-8",
      "Cache-Control": "public, max-age=300",
    },
  });
}
