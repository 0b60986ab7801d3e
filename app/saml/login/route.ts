// Starts Suomi.fi Identification for a form (?org=&form=&lang=) or for "my forms in progress" (?org=&lang=). The browser is sent to the IdP with a signed
// AuthnRequest (Redirect binding, no JavaScript needed) and gets the attempt cookie that binds the login to it.
import { redirectResponse } from "@/app/f/_lib/citizen-http";
import { loadPublicForm } from "@/lib/citizen/load-public-form";
import { getPrisma } from "@/lib/db/prisma";
import { ATTEMPT_COOKIE, startIdentification } from "@/lib/identification/start-identification";
import { SAML_PATHS } from "@/lib/identification/identification-config";
import { pickLanguage, refusalResponse } from "../_lib/saml-http";
import { notFoundResponse } from "@/app/f/_lib/message-responses";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const language = pickLanguage(query.get("lang"));
  const languageQuery = language === "fi" ? "" : `?lang=${language}`;
  const orgSlug = query.get("org") ?? "";
  const formSlug = query.get("form");
  let organizationId: string | undefined;
  let returnPath: string;
  if (formSlug) {
    // From a form's start page: back to it.
    const form = await loadPublicForm(orgSlug, formSlug);
    if (!form || form.identification === "none") return notFoundResponse(request, language);
    organizationId = form.organizationId;
    returnPath = `/f/${form.organizationSlug}/${form.slug}${languageQuery}`;
  } else {
    // From "my forms in progress".
    const found = /^[a-z0-9-]{1,100}$/.test(orgSlug)
      ? await getPrisma().organization.findUnique({ where: { slug: orgSlug }, select: { id: true } })
      : null;
    if (!found) return notFoundResponse(request, language);
    organizationId = found.id;
    returnPath = `/f/${orgSlug}/in-progress${languageQuery}`;
  }
  const organization = await getPrisma().organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { id: true, identificationLevel: true, isEidasAllowed: true },
  });
  try {
    const { redirectUrl, attemptCookie } = await startIdentification({ organization, returnPath, language });
    return redirectResponse(request, redirectUrl, [
      { name: ATTEMPT_COOKIE, value: attemptCookie, path: SAML_PATHS.complete, maxAgeSeconds: 30 * 60 },
    ]);
  } catch (error) {
    return refusalResponse(request, error, "login");
  }
}
