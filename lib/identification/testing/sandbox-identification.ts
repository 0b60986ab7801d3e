// Test helper: Lomake's SP against an in-process sandbox IdP, over real HTTP. Registers the SP metadata,
// starts a login, walks the IdP's pages like a browser without JavaScript (the sandbox's cookies kept) and
// returns the POST-binding fields the IdP's page would send to the ACS.
import { overrideEnv } from "@/lib/env";
import { getPrisma } from "@/lib/db/prisma";
import { IDP_PATHS } from "@/lib/suomifi/saml-constants";
import type { TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { clearIdpMetadataCache } from "../idp-metadata";
import { renderServiceProviderMetadata } from "../service-provider";
import { startIdentification } from "../start-identification";

export const TEST_APP_URL = "http://lomake.test";

export async function useSandboxIdp(sandbox: TTestSandbox): Promise<void> {
  overrideEnv({ APP_URL: TEST_APP_URL, SUOMIFI_IDP_METADATA_URL: `${sandbox.url}${IDP_PATHS.metadata}` });
  clearIdpMetadataCache();
  await sandbox.control("PUT", "idp/service-providers", { metadata: await renderServiceProviderMetadata() });
}

export async function createIdentificationOrganization(level: "substantial" | "high" = "substantial") {
  return getPrisma().organization.create({
    data: {
      slug: `tunnistus-${crypto.randomUUID().slice(0, 8)}`,
      name: "Tunnistuskunta",
      identificationLevel: level,
    },
  });
}

export class SandboxBrowser {
  private cookies = new Map<string, string>();

  async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0)
      headers.set("Cookie", [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "));
    const response = await fetch(url, { ...init, headers, redirect: "manual" });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...rest] = pair!.split("=");
      const value = rest.join("=");
      if (/Max-Age=0/i.test(cookie)) this.cookies.delete(name!);
      else this.cookies.set(name!, value);
    }
    return response;
  }
}

export function hiddenFields(html: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g))
    fields[match[1]!] = match[2]!
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">")
      .replace(/&amp;/g, "&");
  return fields;
}

export function formAction(html: string): string {
  const match = /<form method="post" action="([^"]+)"/.exec(html);
  if (!match) throw new Error("No form on the page");
  return match[1]!.replace(/&amp;/g, "&");
}

/** Starts a login and identifies as `henkilotunnus` at the sandbox IdP; returns the ACS post and the nonce. */
export async function identifyAtSandbox(
  sandbox: TTestSandbox,
  options: {
    organization: { id: string; identificationLevel: "substantial" | "high"; isEidasAllowed: boolean };
    henkilotunnus?: string;
    method?: string;
    action?: "identify" | "cancel";
    browser?: SandboxBrowser;
    language?: "fi" | "sv" | "en";
  },
): Promise<{
  acsUrl: string;
  fields: Record<string, string>;
  attemptCookie: string;
  loginPage?: string;
  redirectUrl: string;
}> {
  const browser = options.browser ?? new SandboxBrowser();
  const started = await startIdentification({
    organization: options.organization,
    returnPath: "/f/tunnistus/lomake",
    language: options.language ?? "fi",
  });
  let response = await browser.fetch(started.redirectUrl);
  let loginPage: string | undefined;
  if (response.status === 303) {
    const location = new URL(response.headers.get("location")!, sandbox.url).toString();
    response = await browser.fetch(location);
    loginPage = await response.text();
    if (response.status !== 200) throw new Error(`Login page ${response.status}: ${loginPage}`);
    const body = new URLSearchParams({
      action: options.action ?? "identify",
      method: options.method ?? "urn:oid:1.2.246.517.3002.110.999",
      hetu: options.henkilotunnus ?? "010280-952L",
    });
    response = await browser.fetch(new URL(formAction(loginPage), sandbox.url).toString(), {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString(),
    });
  }
  const page = await response.text();
  if (response.status !== 200) throw new Error(`IdP answered ${response.status}: ${page}`);
  return {
    acsUrl: formAction(page),
    fields: hiddenFields(page),
    attemptCookie: started.attemptCookie,
    loginPage,
    redirectUrl: started.redirectUrl,
  };
}
