import { createElement } from "react";
import { CitizenDocument, renderDocument } from "@/components/citizen/citizen-document";
import { citizenText, formatDay } from "@/components/citizen/citizen-messages";
import { OrganizationPage } from "@/components/citizen/simple-pages";
import { listOrganizationForms } from "@/lib/citizen/list-organization-forms";
import { localize } from "@/lib/forms/localized-text";
import { htmlResponse, requestLanguage } from "../_lib/citizen-http";
import { notFoundResponse } from "../_lib/message-responses";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const language = requestLanguage(request);
  const listing = await listOrganizationForms(org);
  if (!listing) return notFoundResponse(request, language);
  const query = language === "fi" ? "" : `?lang=${language}`;
  const link = (form: (typeof listing.forms)[number]) => ({
    href: `/f/${org}/${form.slug}${form.definition.languages.includes(language) ? query : ""}`,
    title: localize(form.definition.title, language),
    description: localize(form.definition.description, language),
    note:
      form.availability === "notYetOpen" && form.opensAt
        ? citizenText(language, "opensOn", { date: formatDay(form.opensAt, language) })
        : form.closesAt
          ? citizenText(language, "closesOn", { date: formatDay(form.closesAt, language) })
          : "",
  });
  const html = await renderDocument(
    createElement(CitizenDocument, {
      language,
      title: citizenText(language, "orgFormsTitle"),
      organizationName: listing.name,
      languageLinks: (["fi", "sv", "en"] as const).map((candidate) => ({
        language: candidate,
        href: `/f/${org}${candidate === "fi" ? "" : `?lang=${candidate}`}`,
      })),
      footerLinks: [{ href: `/f/accessibility${query}`, label: citizenText(language, "accessibility") }],
      content: createElement(OrganizationPage, {
        language,
        organizationName: listing.name,
        open: listing.forms.filter((form) => form.availability === "open").map(link),
        soon: listing.forms.filter((form) => form.availability === "notYetOpen").map(link),
      }),
    }),
  );
  return htmlResponse(request, html, { cacheControl: "public, max-age=60" });
}
