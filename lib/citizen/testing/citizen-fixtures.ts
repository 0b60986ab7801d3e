// Integration-test fixtures for the citizen host: an organisation with a (never contacted) sandbox connection,
// a live form with a text page and an attachment page, and helpers that call the citizen route handlers the
// way a browser would (cookies, Origin, forwarded address).
import { PEER_ADDRESS_HEADER } from "@/lib/http/client-address";
import { encryptString } from "@/lib/crypto/encrypt-value";
import { randomToken } from "@/lib/crypto/keyed-hash";
import { getPrisma } from "@/lib/db/prisma";
import { clearPublicFormCache } from "@/lib/citizen/load-public-form";
import { SANDBOX_POST_PROFILE } from "@/lib/suomifi/post-profile";

export const CITIZEN_TEST_DEFINITION = {
  schemaVersion: 1,
  languages: ["fi", "sv", "en"],
  title: { fi: "Hakemus", sv: "Ansökan", en: "Application" },
  pages: [
    {
      id: "details",
      title: { fi: "Tiedot", sv: "Uppgifter", en: "Details" },
      elements: [
        {
          type: "shortText",
          key: "subject",
          label: { fi: "Aihe", sv: "Ämne", en: "Subject" },
          required: true,
        },
      ],
    },
    {
      id: "files",
      title: { fi: "Liitteet", sv: "Bilagor", en: "Attachments" },
      elements: [
        {
          type: "file",
          key: "attachments",
          label: { fi: "Liitteet", sv: "Bilagor", en: "Attachments" },
          settings: {
            allowedMediaTypes: ["application/pdf", "text/plain"],
            maxFileSizeBytes: 100_000,
            maxFiles: 3,
          },
        },
      ],
    },
  ],
};

export type TCitizenTestForm = Awaited<ReturnType<typeof createCitizenTestForm>>;

export async function createCitizenTestForm(definition: unknown = CITIZEN_TEST_DEFINITION) {
  const prisma = getPrisma();
  const slug = `citizen-${randomToken(16)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "")
    .slice(0, 12)}`;
  const organization = await prisma.organization.create({ data: { slug, name: `Testikunta ${slug}` } });
  const sandboxUrl = "http://127.0.0.1:9";
  const connection = await prisma.suomifiConnection.create({
    data: {
      organizationId: organization.id,
      environment: "sandbox",
      restBaseUrl: sandboxUrl,
      username: "lomake-test",
      passwordEncrypted: encryptString("unused", { associatedData: "suomifi-connection" }),
      postOrganizationId: "lomake-test-org",
      postProfile: SANDBOX_POST_PROFILE(sandboxUrl),
      services: { create: { serviceId: "lomake-test-service", name: "Testipalvelu" } },
    },
    include: { services: true },
  });
  const form = await prisma.form.create({
    data: {
      organizationId: organization.id,
      slug: "hakemus",
      status: "live",
      suomifiServiceId: connection.services[0]!.id,
    },
  });
  const version = await prisma.formVersion.create({
    data: { formId: form.id, version: 1, definition: definition as object, publishedAt: new Date() },
  });
  await prisma.form.update({ where: { id: form.id }, data: { liveVersionId: version.id } });
  clearPublicFormCache();
  return { organization, form, version, base: `/f/${slug}/hakemus`, params: { org: slug, form: "hakemus" } };
}

/** Publishes a new version of the fixture form (the editor's publish, reduced to what the host reads). */
export async function publishNewVersion(fixture: TCitizenTestForm, definition: unknown) {
  const prisma = getPrisma();
  const latest = await prisma.formVersion.findFirstOrThrow({
    where: { formId: fixture.form.id },
    orderBy: { version: "desc" },
  });
  const version = await prisma.formVersion.create({
    data: {
      formId: fixture.form.id,
      version: latest.version + 1,
      definition: definition as object,
      publishedAt: new Date(),
    },
  });
  await prisma.form.update({ where: { id: fixture.form.id }, data: { liveVersionId: version.id } });
  clearPublicFormCache();
  return version;
}

type TRouteParams = { org: string; form: string } & Record<string, string>;
type THandler = (request: Request, context: { params: Promise<TRouteParams> }) => Promise<Response>;

/** A browser with a cookie jar and a fixed address, calling the route handlers directly. */
export function citizenBrowser(
  ip = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.7`,
) {
  const cookies = new Map<string, string>();
  async function call(
    handler: THandler,
    path: string,
    params: TRouteParams,
    init: { method?: string; body?: FormData } = {},
  ): Promise<Response> {
    // As scripts/peer-address.cjs stamps it from the socket in the running app.
    const headers = new Headers({ [PEER_ADDRESS_HEADER]: ip });
    if (cookies.size > 0)
      headers.set("cookie", [...cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    if (init.method === "POST") headers.set("origin", "http://localhost");
    const response = await handler(
      new Request(`http://localhost${path}`, { method: init.method ?? "GET", body: init.body, headers }),
      { params: Promise.resolve(params) },
    );
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(";");
      const [name, ...rest] = pair!.split("=");
      const value = rest.join("=");
      if (/Max-Age=0/.test(header)) cookies.delete(name!);
      else cookies.set(name!, value);
    }
    return response;
  }
  return { ip, cookies, call };
}

export function formData(fields: Record<string, string | File | File[]>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return data;
}

/** Decodes the few entities React's static markup writes. */
export function decodeHtml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}

/** The hand-off page's form as the browser would post it: hidden fields and the visible text. */
export function readHandoffForm(html: string): {
  action: string;
  hidden: Record<string, string>;
  text: string;
} {
  const action = decodeHtml(/<form[^>]*action="([^"]*)"[^>]*data-handoff-form/.exec(html)?.[1] ?? "");
  const hidden: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)"\/?>/g))
    hidden[decodeHtml(match[1]!)] = decodeHtml(match[2]!);
  const text = decodeHtml(
    /<textarea[^>]*id="handoff-text"[^>]*>([\s\S]*?)<\/textarea>/.exec(html)?.[1] ?? "",
  );
  return { action, hidden, text };
}

type TStepRoutes = { postStep: THandler; postCheck: THandler };

/** Answers both pages and accepts check your answers; returns the hand-off address (…/send/{token}). */
export async function sendToHandoff(
  browser: ReturnType<typeof citizenBrowser>,
  fixture: TCitizenTestForm,
  routes: TStepRoutes,
  subject = "Katuvalo rikki",
): Promise<string> {
  for (const [page, fields] of [
    ["details", { subject }],
    ["files", {}],
  ] as const) {
    const response = await browser.call(
      routes.postStep,
      `${fixture.base}/step/${page}`,
      { ...fixture.params, page },
      {
        method: "POST",
        body: formData({ ...fields, _action: "continue" }),
      },
    );
    if (response.status !== 303) throw new Error(`step ${page} answered ${response.status}`);
  }
  const check = await browser.call(routes.postCheck, `${fixture.base}/check`, fixture.params, {
    method: "POST",
    body: formData({}),
  });
  const location = check.headers.get("location");
  if (check.status !== 303 || !location?.includes("/send/"))
    throw new Error(`check answered ${check.status}`);
  return new URL(location, "http://localhost").pathname;
}
