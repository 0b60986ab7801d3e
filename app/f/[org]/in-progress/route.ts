// "My forms in progress": after Suomi.fi Identification, the person's unsent drafts in this organisation.
import { createElement } from "react";
import { CitizenDocument, renderDocument } from "@/components/citizen/citizen-document";
import { citizenText, formatDateTime, formatDay } from "@/components/citizen/citizen-messages";
import { identificationText } from "@/components/citizen/identification-messages";
import { InProgressPage } from "@/components/citizen/in-progress-page";
import { getPrisma } from "@/lib/db/prisma";
import { SAML_PATHS } from "@/lib/identification/identification-config";
import { findIdentifiedPerson, SESSION_COOKIE } from "@/lib/identification/identification-session";
import { listPersonDrafts } from "@/lib/identification/person-drafts";
import { henkilotunnusHash } from "@/lib/security/person-id-hashes";
import { htmlResponse, readCookie, requestLanguage } from "../../_lib/citizen-http";
import { notFoundResponse } from "../../_lib/message-responses";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const language = requestLanguage(request);
  const organization = /^[a-z0-9-]{1,100}$/.test(org)
    ? await getPrisma().organization.findUnique({ where: { slug: org }, select: { id: true, name: true } })
    : null;
  if (!organization) return notFoundResponse(request, language);
  const query = language === "fi" ? "" : `?lang=${language}`;
  const identified = await findIdentifiedPerson(readCookie(request, SESSION_COOKIE), organization.id);
  const code = identified?.identity.henkilotunnus;
  const drafts = code
    ? (await listPersonDrafts(organization.id, henkilotunnusHash(code), language)).map((draft) => ({
        href: `/f/${org}/${draft.formSlug}/continue/${draft.id}${query}`,
        title: draft.formTitle,
        saved: formatDateTime(draft.updatedAt, language),
        expires: formatDay(draft.expiresAt, language),
      }))
    : undefined;
  const html = await renderDocument(
    createElement(CitizenDocument, {
      language,
      title: identificationText(language, "inProgressTitle"),
      organizationName: organization.name,
      homeHref: `/f/${org}${query}`,
      languageLinks: (["fi", "sv", "en"] as const).map((candidate) => ({
        language: candidate,
        href: `/f/${org}/in-progress${candidate === "fi" ? "" : `?lang=${candidate}`}`,
      })),
      footerLinks: [{ href: `/f/accessibility${query}`, label: citizenText(language, "accessibility") }],
      content: createElement(InProgressPage, {
        language,
        drafts,
        loginHref: `${SAML_PATHS.login}?${new URLSearchParams({ org, lang: language }).toString()}`,
      }),
    }),
  );
  return htmlResponse(request, html);
}
