// A form that requires Suomi.fi Identification, through the citizen routes with a real sandbox login: the
// gate, prefilled fields shown locked "from Suomi.fi", posted values for bound fields ignored, and an
// address-blocked person's address never filled.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearPublicFormCache } from "@/lib/citizen/load-public-form";
import { findDraftByToken, saveDraft as saveCitizenDraft } from "@/lib/citizen/drafts";
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
import { GET as getContinue } from "../[org]/[form]/continue/[draft]/route";
import { GET as getStep, POST as postStep } from "../[org]/[form]/step/[page]/route";
import { GET as getInProgress } from "../[org]/in-progress/route";
import { findPersonData } from "@/lib/submissions/person-data";
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

describe("drafts tied to the identified person", () => {
  async function saveDraft(browser: Awaited<ReturnType<typeof identifiedBrowser>>, subject: string) {
    const response = await browser.call(postStep, stepPath(), stepParams(), {
      method: "POST",
      body: formData({ _action: "save", subject }),
    });
    expect(response.status).toBe(303);
    return findDraftByToken(browser.cookies.get(DRAFT_COOKIE), fixture.form.id);
  }

  it("lists the draft on 'my forms in progress' on another device after identification, and opens it there", async () => {
    const laptop = await identifiedBrowser("010675-9981");
    const draft = await saveDraft(laptop, "Pitkä päiväkirja");
    const phone = await identifiedBrowser("010675-9981");
    const inProgressPath = `/f/${fixture.params.org}/in-progress`;
    const page = await (await phone.call(getInProgress, inProgressPath, fixture.params)).text();
    expect(page).toContain("Keskeneräiset lomakkeeni");
    expect(page).toContain("Jatka lomaketta Hakemus");
    const href = `${fixture.base}/continue/${draft!.id}`;
    expect(page).toContain(`href="${href}"`);
    const opened = await phone.call(getContinue, href, { ...fixture.params, draft: draft!.id });
    expect(opened.status).toBe(303);
    const resumed = await findDraftByToken(phone.cookies.get(DRAFT_COOKIE), fixture.form.id);
    expect(resumed?.answers.subject).toBe("Pitkä päiväkirja");
  });

  it("shows nobody else's drafts, refuses to open them, and asks an unidentified person to identify", async () => {
    const owner = await identifiedBrowser("010280-952L");
    const draft = await saveDraft(owner, "Tessan asia");
    const other = await identifiedBrowser("010469-999W");
    const inProgressPath = `/f/${fixture.params.org}/in-progress`;
    expect(await (await other.call(getInProgress, inProgressPath, fixture.params)).text()).not.toContain(
      "Tessan",
    );
    const refused = await other.call(getContinue, `${fixture.base}/continue/${draft!.id}`, {
      ...fixture.params,
      draft: draft!.id,
    });
    expect(refused.status).toBe(404);
    expect(other.cookies.get(DRAFT_COOKIE)).toBeUndefined();
    const anonymous = await (
      await citizenBrowser().call(getInProgress, inProgressPath, fixture.params)
    ).text();
    expect(anonymous).toContain("Tunnistaudu nähdäksesi keskeneräiset lomakkeesi");
    expect(anonymous).toContain(`/saml/login?org=${fixture.params.org}&amp;lang=fi`);
  });

  it("erasure by henkilötunnus finds the identified person's draft through the hash", async () => {
    const browser = await identifiedBrowser("210281-9988");
    const draft = await saveDraft(browser, "Ei henkilötunnusta vastauksissa");
    // Answers without any henkilötunnus (the prefilled one removed): only the hash can find the draft.
    await saveCitizenDraft(
      draft!,
      { answers: { subject: "Ei henkilötunnusta vastauksissa" }, language: "fi" },
      30,
    );
    const data = await findPersonData(fixture.organization.id, "210281-9988", {
      userId: null,
      email: "omistaja@example.fi",
      ip: "192.0.2.1",
    });
    expect(data.drafts.map((entry) => entry.id)).toContain(draft!.id);
  });
});
