// A form that requires Suomi.fi Identification, through the citizen routes with a real sandbox login: the
// gate, prefilled fields shown locked "from Suomi.fi", posted values for bound fields ignored, and an
// address-blocked person's address never filled.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearPublicFormCache } from "@/lib/citizen/load-public-form";
import { findDraftByToken } from "@/lib/citizen/drafts";
import {
  citizenBrowser,
  createCitizenTestForm,
  formData,
  type TCitizenTestForm,
} from "@/lib/citizen/testing/citizen-fixtures";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { completeIdentification, SESSION_COOKIE } from "@/lib/identification/identification-session";
import { receiveAssertion } from "@/lib/identification/receive-assertion";
import { identifyAtSandbox, useSandboxIdp } from "@/lib/identification/testing/sandbox-identification";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { henkilotunnusHash } from "@/lib/security/person-id-hashes";
import { POST as postCheck } from "../[org]/[form]/check/route";
import { GET as getStart } from "../[org]/[form]/route";
import { GET as getStep, POST as postStep } from "../[org]/[form]/step/[page]/route";
import { DRAFT_COOKIE } from "./form-context";

const DEFINITION = {
  schemaVersion: 1,
  languages: ["fi", "sv", "en"],
  title: { fi: "Hakemus", sv: "Ansökan", en: "Application" },
  pages: [
    {
      id: "details",
      title: { fi: "Tiedot", sv: "Uppgifter", en: "Details" },
      elements: [
        { type: "shortText", key: "name", label: { fi: "Nimi" }, required: true, prefill: "fullName" },
        {
          type: "personalIdentityCode",
          key: "hetu",
          label: { fi: "Henkilötunnus" },
          required: true,
          prefill: "henkilotunnus",
        },
        { type: "address", key: "home", label: { fi: "Osoite" }, prefill: "address" },
        { type: "shortText", key: "subject", label: { fi: "Aihe" }, required: true },
      ],
    },
  ],
};

let sandbox: TTestSandbox;
let fixture: TCitizenTestForm;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  await useSandboxIdp(sandbox);
  fixture = await createCitizenTestForm(DEFINITION);
  await getPrisma().form.update({ where: { id: fixture.form.id }, data: { identification: "required" } });
  clearPublicFormCache();
});
afterAll(async () => {
  await sandbox?.close();
  await disconnectPrisma();
});

async function identifiedBrowser(henkilotunnus: string) {
  const login = await identifyAtSandbox(sandbox, {
    organization: { id: fixture.organization.id, identificationLevel: "substantial", isEidasAllowed: false },
    henkilotunnus,
  });
  const { attemptId } = await receiveAssertion({
    samlResponse: login.fields.SAMLResponse!,
    relayState: login.fields.RelayState!,
  });
  const { sessionToken } = await completeIdentification(attemptId, login.attemptCookie);
  const browser = citizenBrowser();
  browser.cookies.set(SESSION_COOKIE, sessionToken);
  return browser;
}

const stepPath = () => `${fixture.base}/step/details`;
const stepParams = () => ({ ...fixture.params, page: "details" });

describe("a form that requires identification", () => {
  it("keeps an unidentified person on the start page, which offers Suomi.fi identification", async () => {
    const browser = citizenBrowser();
    const step = await browser.call(getStep, stepPath(), stepParams());
    expect(step.status).toBe(303);
    expect(step.headers.get("location")).toBe(fixture.base);
    const start = await (await browser.call(getStart, fixture.base, fixture.params)).text();
    expect(start).toContain("Tunnistaudu Suomi.fi:ssä");
    expect(start).toContain(`/saml/login?org=${fixture.params.org}&amp;form=hakemus&amp;lang=fi`);
    expect(start).not.toContain(">Aloita<");
  });

  it("shows the bound fields as text from Suomi.fi, not as inputs", async () => {
    const browser = await identifiedBrowser("010280-952L");
    const start = await (await browser.call(getStart, fixture.base, fixture.params)).text();
    expect(start).toContain("Tunnistettu: Tessa Testilä");
    const html = await (await browser.call(getStep, stepPath(), stepParams())).text();
    expect(html).toContain('data-prefilled="suomifi"');
    expect(html).toContain("Tessa Testilä");
    expect(html).toContain("010280-952L");
    expect(html).toContain("Mannerheimintie 1 A 5, 00100 HELSINKI");
    expect(html).toContain("Suomi.fi-tunnistuksesta");
    expect(html).not.toMatch(/name="name"/);
    expect(html).not.toMatch(/name="hetu"/);
    expect(html).toMatch(/name="subject"/);
  });

  it("takes the bound values from the assertion, never from the post", async () => {
    const browser = await identifiedBrowser("010280-952L");
    const response = await browser.call(postStep, stepPath(), stepParams(), {
      method: "POST",
      body: formData({
        _action: "continue",
        name: "Mallory Forger",
        hetu: "010469-999W",
        "home.street": "Fake street 1",
        "home.postalCode": "99999",
        subject: "Katuvalo",
      }),
    });
    expect(response.status).toBe(303);
    const draft = await findDraftByToken(browser.cookies.get(DRAFT_COOKIE), fixture.form.id);
    expect(draft?.answers).toMatchObject({
      name: "Tessa Testilä",
      hetu: "010280-952L",
      home: { street: "Mannerheimintie 1 A 5", postalCode: "00100" },
      subject: "Katuvalo",
    });
    // The submission remembers who identified, so the POST step's sender can be compared with them.
    const check = await browser.call(postCheck, `${fixture.base}/check`, fixture.params, {
      method: "POST",
      body: formData({ _action: "submit" }),
    });
    expect(check.status).toBe(303);
    const submission = await getPrisma().submission.findFirstOrThrow({ where: { draftId: draft!.id } });
    expect(submission.identifiedPersonIdHash).toBe(henkilotunnusHash("010280-952L"));
  });

  it("never fills an address-blocked person's address: the field stays theirs to fill", async () => {
    const browser = await identifiedBrowser("260991-999R");
    const html = await (await browser.call(getStep, stepPath(), stepParams())).text();
    expect(html).toContain("Ilmari Folke Huhtiistinen");
    expect(html).not.toContain("Salainen polku");
    expect(html).toMatch(/name="home.street"/);
  });
});
