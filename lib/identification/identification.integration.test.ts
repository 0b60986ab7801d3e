// Suomi.fi Identification end to end over HTTP against the sandbox IdP: a signed AuthnRequest, the test
// identification, a signed and encrypted assertion, the session in the same browser, prefill data, the
// address block, cancel, the deceased person, certificate rotation and both directions of single logout.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { advanceClock, resetClock } from "@/lib/clock";
import { clearIdpMetadataCache } from "./idp-metadata";
import { purgeIdentificationRecords } from "./purge-identification-records";
import { renderServiceProviderMetadata } from "./service-provider";
import { parseServiceProviderMetadata } from "@/lib/suomifi/sandbox/idp/idp-service-providers";
import { IdentificationRefusedError } from "./identification-refusal";
import { completeIdentification, findIdentifiedPerson } from "./identification-session";
import { receiveAssertion } from "./receive-assertion";
import { handleSingleLogout, startLogout } from "./single-logout";
import {
  createIdentificationOrganization,
  identifyAtSandbox,
  SandboxBrowser,
  TEST_APP_URL,
  useSandboxIdp,
} from "./testing/sandbox-identification";

let sandbox: TTestSandbox;
let organization: Awaited<ReturnType<typeof createIdentificationOrganization>>;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  await useSandboxIdp(sandbox);
  organization = await createIdentificationOrganization();
});
afterAll(async () => {
  await sandbox?.close();
  await disconnectPrisma();
});
beforeEach(async () => {
  await sandbox.control("DELETE", "idp/faults");
  await sandbox.control("PUT", "idp/signing-key", { keyId: "a" });
});

async function identify(henkilotunnus = "010280-952L", browser?: SandboxBrowser) {
  const login = await identifyAtSandbox(sandbox, { organization, henkilotunnus, browser });
  expect(login.acsUrl).toBe(`${TEST_APP_URL}/saml/acs`);
  const { attemptId } = await receiveAssertion({
    samlResponse: login.fields.SAMLResponse!,
    relayState: login.fields.RelayState!,
  });
  const session = await completeIdentification(attemptId, login.attemptCookie);
  const person = await findIdentifiedPerson(session.sessionToken, organization.id);
  return { login, session, person };
}

describe("login", () => {
  it("sends a signed AuthnRequest with the level of assurance and locale last, and the IdP shows the test method", async () => {
    const login = await identifyAtSandbox(sandbox, { organization, language: "sv" });
    const url = new URL(login.redirectUrl);
    expect(url.searchParams.get("SigAlg")).toBe("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256");
    expect(url.searchParams.get("Signature")).toBeTruthy();
    expect(url.search.endsWith("&locale=sv")).toBe(true);
    expect(login.loginPage).toContain('lang="sv"');
    expect(login.loginPage).toContain("Testidentifiering");
    expect(login.loginPage).toContain("Testbank (väsentlig nivå)");
  });

  it("publishes SP metadata with both keys, both SLO bindings and the entity attributes Suomi.fi reads", async () => {
    const metadata = parseServiceProviderMetadata(await renderServiceProviderMetadata());
    expect(metadata).toMatchObject({
      entityId: `${TEST_APP_URL}/saml/metadata`,
      acsUrl: `${TEST_APP_URL}/saml/acs`,
      sloRedirectUrl: `${TEST_APP_URL}/saml/slo`,
      isEidasSupported: true,
      isVtjVerificationRequired: true,
    });
    expect(metadata.finnishAuthMethods).toEqual(
      expect.arrayContaining([
        "http://ftn.ficora.fi/2017/loa2",
        "http://ftn.ficora.fi/2017/loa3",
        "urn:oid:1.2.246.517.3002.110.999",
      ]),
    );
    expect(metadata.signingCertificates[0]).not.toBe(metadata.encryptionCertificate);
  });

  it("the sandbox IdP refuses an AuthnRequest whose signature was removed", async () => {
    const login = await identifyAtSandbox(sandbox, { organization });
    const unsigned = login.redirectUrl.replace(/&Signature=[^&]*/, "");
    const refused = await fetch(unsigned, { redirect: "manual" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("The message is not signed");
  });

  it("identifies the person with their VTJ data, in a session bound to the browser that started the login", async () => {
    const { person, session } = await identify("010280-952L");
    expect(session.returnPath).toBe("/f/tunnistus/lomake");
    expect(person?.identity).toMatchObject({
      henkilotunnus: "010280-952L",
      surname: "Testilä",
      firstNames: "Tessa",
      dateOfBirth: "1980-02-01",
      municipality: { code: "091", nameFi: "Helsinki" },
      address: { streetFi: "Mannerheimintie 1 A 5", postalCode: "00100", postOfficeFi: "HELSINKI" },
      hasAddressBlock: false,
      authnContext: "urn:oid:1.2.246.517.3002.110.999",
    });
    const stored = await getPrisma().identificationSession.findMany({
      where: { organizationId: organization.id },
    });
    // Nothing readable at rest: no henkilötunnus or NameID in the row.
    const row = JSON.stringify(stored);
    expect(row).not.toContain("010280-952L");
    expect(row).not.toContain(person!.identity.nameId);
  });

  it("never gives an address-blocked person's address", async () => {
    const { person } = await identify("260991-999R");
    expect(person?.identity.hasAddressBlock).toBe(true);
    expect(person?.identity.address).toBeUndefined();
    expect(person?.identity.municipality?.code).toBe("091");
  });

  it("refuses to complete the login in another browser (no attempt cookie, or another one)", async () => {
    const sessionsBefore = await getPrisma().identificationSession.count();
    const login = await identifyAtSandbox(sandbox, { organization });
    const { attemptId } = await receiveAssertion({
      samlResponse: login.fields.SAMLResponse!,
      relayState: login.fields.RelayState!,
    });
    await expect(completeIdentification(attemptId, undefined)).rejects.toMatchObject({
      reason: "browser-mismatch",
    });
    await expect(completeIdentification(attemptId, "someone-elses-nonce")).rejects.toMatchObject({
      reason: "browser-mismatch",
    });
    expect(await getPrisma().identificationSession.count()).toBe(sessionsBefore);
  });

  it("tells a cancelled identification apart, and a deceased person fails", async () => {
    const cancelled = await identifyAtSandbox(sandbox, { organization, action: "cancel" });
    await expect(
      receiveAssertion({
        samlResponse: cancelled.fields.SAMLResponse!,
        relayState: cancelled.fields.RelayState!,
      }),
    ).rejects.toMatchObject({ reason: "cancelled" });
    const deceased = await identifyAtSandbox(sandbox, { organization, henkilotunnus: "020365-999P" });
    const error = await receiveAssertion({
      samlResponse: deceased.fields.SAMLResponse!,
      relayState: deceased.fields.RelayState!,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IdentificationRefusedError);
  });

  it("reuses the IdP's SSO session for the next login in the same browser", async () => {
    const browser = new SandboxBrowser();
    await identify("010675-9981", browser);
    const second = await identifyAtSandbox(sandbox, { organization, browser });
    expect(second.loginPage).toBeUndefined();
    const { attemptId } = await receiveAssertion({
      samlResponse: second.fields.SAMLResponse!,
      relayState: second.fields.RelayState!,
    });
    const session = await completeIdentification(attemptId, second.attemptCookie);
    expect((await findIdentifiedPerson(session.sessionToken, organization.id))?.identity.email).toBe(
      "anna-liisa.sallinen@example.fi",
    );
  });

  it("accepts assertions signed with either certificate of the IdP's metadata (rotation)", async () => {
    await sandbox.control("PUT", "idp/signing-key", { keyId: "b" });
    const { person } = await identify("010469-999W");
    expect(person?.identity.surname).toBe("Kivi");
  });

  it("keeps the session to its organisation", async () => {
    const { session } = await identify();
    const other = await createIdentificationOrganization();
    expect(await findIdentifiedPerson(session.sessionToken, other.id)).toBeNull();
  });
});

describe("single logout", () => {
  it("SP-initiated: ends the local session first, then Suomi.fi's, and accepts its signed LogoutResponse", async () => {
    const browser = new SandboxBrowser();
    const { session } = await identify("210281-9988", browser);
    const logoutUrl = await startLogout(session.sessionToken, "/f/tunnistus/lomake");
    expect(logoutUrl).toMatch(/\/idp\/profile\/SAML2\/Redirect\/SLO\?SAMLRequest=/);
    expect(await findIdentifiedPerson(session.sessionToken, organization.id)).toBeNull();
    const idpAnswer = await browser.fetch(logoutUrl!);
    expect(idpAnswer.status).toBe(303);
    const back = new URL(idpAnswer.headers.get("location")!);
    expect(`${back.origin}${back.pathname}`).toBe(`${TEST_APP_URL}/saml/slo`);
    expect(await handleSingleLogout(back.search)).toEqual({
      kind: "logged-out",
      relayState: "/f/tunnistus/lomake",
    });
    const { sessions } = await sandbox.control<{ sessions: { personId: string }[] }>("GET", "idp/sessions");
    expect(sessions.filter((entry) => entry.personId === "210281-9988")).toHaveLength(0);
  });

  it("IdP-initiated: the LogoutRequest in Suomi.fi's iframe (no cookies) ends the session and is answered", async () => {
    const browser = new SandboxBrowser();
    const { session } = await identify("010469-999W", browser);
    const logoutPage = await browser.fetch(`${sandbox.url}/idp/logout`, { method: "POST" });
    const html = await logoutPage.text();
    const frame = /<iframe src="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, "&");
    expect(frame).toMatch(new RegExp(`^${TEST_APP_URL}/saml/slo\\?SAMLRequest=`));
    const outcome = await handleSingleLogout(new URL(frame!).search);
    expect(outcome.kind).toBe("respond");
    expect(await findIdentifiedPerson(session.sessionToken, organization.id)).toBeNull();
  });

  it("refuses an unsigned LogoutRequest and ends nothing", async () => {
    const browser = new SandboxBrowser();
    const { session } = await identify("010469-999W", browser);
    const logoutPage = await browser.fetch(`${sandbox.url}/idp/logout`, { method: "POST" });
    const frame = /<iframe src="([^"]+)"/.exec(await logoutPage.text())![1]!.replace(/&amp;/g, "&");
    const unsigned = new URL(frame).search.replace(/&SigAlg=[^&]*/, "").replace(/&Signature=[^&]*/, "");
    await expect(handleSingleLogout(unsigned)).rejects.toMatchObject({ reason: "invalid-signature" });
    expect(await findIdentifiedPerson(session.sessionToken, organization.id)).not.toBeNull();
  });
});

describe("retention", () => {
  it("deletes expired attempts, sessions and request ids, and keeps live ones", async () => {
    const { session } = await identify("010469-999W");
    const abandoned = await identifyAtSandbox(sandbox, { organization });
    advanceClock(31 * 60 * 1000);
    try {
      expect(await purgeIdentificationRecords()).toBeGreaterThanOrEqual(3);
      expect(
        await getPrisma().identificationAttempt.findUnique({ where: { id: abandoned.fields.RelayState! } }),
      ).toBeNull();
      expect(await findIdentifiedPerson(session.sessionToken, organization.id)).toBeNull();
      expect(
        await getPrisma().identificationSession.count({
          where: { expiresAt: { lte: new Date(Date.now() + 31 * 60 * 1000) } },
        }),
      ).toBe(0);
    } finally {
      resetClock();
    }
  });
});

afterAll(() => clearIdpMetadataCache());
