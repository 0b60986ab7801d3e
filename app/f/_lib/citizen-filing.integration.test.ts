// Filing on behalf, through the citizen routes with a real sandbox login and the sandbox's Valtuudet
// emulation: the choice at the start, the server-side check (a forged principal refused), a mandate that
// does not cover the form's matter, the banner, the role-conditioned question, the submission's filing,
// and erasure by the child's henkilötunnus and the company's Y-tunnus.
import { buildWebhookPayload } from "@/lib/delivery/build-webhook-payload";
import { loadSubmissionContents } from "@/lib/delivery/load-submission-contents";
import { ZWebhookPayloadV1 } from "@/lib/delivery/webhook-payload-schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clearPublicFormCache } from "@/lib/citizen/load-public-form";
import { findDraftByToken } from "@/lib/citizen/drafts";
import { setDraftFiling } from "@/lib/citizen/choose-filing";
import { decryptSubmissionFiling } from "@/lib/citizen/filing";
import {
  citizenBrowser,
  createCitizenTestForm,
  formData,
  type TCitizenTestForm,
} from "@/lib/citizen/testing/citizen-fixtures";
import { decryptString } from "@/lib/crypto/encrypt-value";
import { submissionMessageTextContext } from "@/lib/crypto/encryption-contexts";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { overrideEnv } from "@/lib/env";
import { FILING_ROLE_KEY } from "@/lib/forms/filing-role";
import { completeIdentification, SESSION_COOKIE } from "@/lib/identification/identification-session";
import { receiveAssertion } from "@/lib/identification/receive-assertion";
import { identifyAtSandbox, useSandboxIdp } from "@/lib/identification/testing/sandbox-identification";
import { businessIdHash, henkilotunnusHash } from "@/lib/security/person-id-hashes";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { SANDBOX_ISSUE_CODES } from "@/lib/suomifi/sandbox/test-persons";
import {
  eraseCompanyData,
  erasePersonData,
  findCompanyData,
  findPersonData,
} from "@/lib/submissions/person-data";
import { POST as postCheck } from "../[org]/[form]/check/route";
import { GET as getForWhom, POST as postForWhom } from "../[org]/[form]/for-whom/route";
import { GET as getStart } from "../[org]/[form]/route";
import { GET as getStep, POST as postStep } from "../[org]/[form]/step/[page]/route";
import { DRAFT_COOKIE } from "./form-context";

const DEFINITION = {
  schemaVersion: 1,
  languages: ["fi", "sv", "en"],
  title: { fi: "Päivähoitohakemus", sv: "Dagvårdsansökan", en: "Daycare application" },
  pages: [
    {
      id: "details",
      title: { fi: "Tiedot", sv: "Uppgifter", en: "Details" },
      elements: [
        { type: "shortText", key: "subject", label: { fi: "Asia" }, required: true },
        {
          type: "shortText",
          key: "guardianConsent",
          label: { fi: "Toisen huoltajan suostumus" },
          required: true,
          visibleIf: { filingRole: "guardian" },
        },
        {
          type: "shortText",
          key: "companyContact",
          label: { fi: "Yrityksen yhteyshenkilö" },
          visibleIf: { filingRole: "company" },
        },
      ],
    },
  ],
};

const ACTOR = { userId: null, email: "omistaja@example.fi", ip: "192.0.2.1" };
let sandbox: TTestSandbox;
let fixture: TCitizenTestForm;

beforeAll(async () => {
  sandbox = await startTestSandbox();
  await useSandboxIdp(sandbox);
  overrideEnv({ SUOMIFI_VALTUUDET_URL: sandbox.url });
  fixture = await createCitizenTestForm(DEFINITION);
  await getPrisma().form.update({
    where: { id: fixture.form.id },
    data: {
      identification: "required",
      mayFileForPerson: true,
      mayFileForCompany: true,
      mandateIssueCode: SANDBOX_ISSUE_CODES.daycare,
    },
  });
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

const forWhomPath = () => `${fixture.base}/for-whom`;
const stepPath = () => `${fixture.base}/step/details`;
const stepParams = () => ({ ...fixture.params, page: "details" });
type TBrowser = Awaited<ReturnType<typeof identifiedBrowser>>;

function choose(browser: TBrowser, forWhom: string) {
  return browser.call(postForWhom, forWhomPath(), fixture.params, {
    method: "POST",
    body: formData({ forWhom }),
  });
}

describe("file for whom at the start", () => {
  it("asks first, listing from Valtuudet the child and the company Tessa may act for", async () => {
    const browser = await identifiedBrowser("010280-952L");
    const start = await (await browser.call(getStart, fixture.base, fixture.params)).text();
    expect(start).toContain(`href="${forWhomPath()}"`);
    const step = await browser.call(getStep, stepPath(), stepParams());
    expect(step.status).toBe(303);
    expect(step.headers.get("location")).toBe(forWhomPath());
    const page = await (await browser.call(getForWhom, forWhomPath(), fixture.params)).text();
    expect(page).toContain("Kenen puolesta täytät lomakkeen?");
    expect(page).toContain('value="self"');
    expect(page).toContain("omissa nimissäni (Tessa Testilä)");
    expect(page).toContain('value="person:150315A9985"');
    expect(page).toContain("huollettavani Testilä Tuuli Alva puolesta (huoltajana)");
    expect(page).toContain('value="company:1912105-6"');
    expect(page).toContain("yrityksen Testiyritys Oy (1912105-6) puolesta");
  });

  it("refuses a principal forged into the post, and starts nothing", async () => {
    const browser = await identifiedBrowser("010469-999W");
    // Joni is the child's guardian but does not represent the company; and no one may act for a made-up person.
    for (const forged of ["company:1912105-6", "person:010280-952L", "person:ABCDEF-1234"]) {
      const response = await choose(browser, forged);
      expect(response.status).toBe(403);
      const html = await response.text();
      expect(html).toContain("Sinulla ei ole valtuutta");
      expect(html).toContain("Lomaketta ei ole aloitettu");
    }
    expect(browser.cookies.get(DRAFT_COOKIE)).toBeUndefined();
    const step = await browser.call(getStep, stepPath(), stepParams());
    expect(step.headers.get("location")).toBe(forWhomPath());
  });

  it("refuses a mandate that does not cover the form's matter", async () => {
    // Anna-Liisa holds Joni's mandate for library matters only; the form needs the daycare issue.
    const browser = await identifiedBrowser("010675-9981");
    const page = await (await browser.call(getForWhom, forWhomPath(), fixture.params)).text();
    expect(page).toContain('value="person:010469-999W"');
    const response = await choose(browser, "person:010469-999W");
    expect(response.status).toBe(403);
    const html = await response.text();
    expect(html).toContain("Valtuutesi ei kata tätä asiaa");
    expect(html).toContain("Kivi Joni Kristian");
    expect(browser.cookies.get(DRAFT_COOKIE)).toBeUndefined();
  });

  it("asks for a choice when none was posted", async () => {
    const browser = await identifiedBrowser("010280-952L");
    const response = await browser.call(postForWhom, forWhomPath(), fixture.params, {
      method: "POST",
      body: formData({}),
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("Valitse, kenen puolesta täytät lomakkeen");
  });
});

describe("a guardian files for their child", () => {
  let reference: string;

  it("shows the banner and the guardian's question, and carries filer and child to the submission", async () => {
    const browser = await identifiedBrowser("010280-952L");
    const chosen = await choose(browser, "person:150315A9985");
    expect(chosen.status).toBe(303);
    expect(chosen.headers.get("location")).toBe(stepPath());
    const draft = await findDraftByToken(browser.cookies.get(DRAFT_COOKIE), fixture.form.id);
    expect(draft?.filing).toMatchObject({
      role: "guardian",
      principal: { kind: "person", id: "150315A9985", name: "Testilä Tuuli Alva" },
      filerName: "Tessa Testilä",
    });
    expect(draft?.answers[FILING_ROLE_KEY]).toBe("guardian");
    const row = await getPrisma().citizenDraft.findUniqueOrThrow({ where: { id: draft!.id } });
    expect(row.principalIdHash).toBe(henkilotunnusHash("150315A9985"));
    expect(row.filingEncrypted).not.toContain("150315A9985");

    const html = await (await browser.call(getStep, stepPath(), stepParams())).text();
    expect(html).toContain("Täytät lomaketta henkilön Testilä Tuuli Alva puolesta.");
    expect(html).toMatch(/filingRole&quot;:&quot;guardian&quot;}"><div data-field="guardianConsent"/);
    expect(html).toMatch(/filingRole&quot;:&quot;company&quot;}" hidden="">/);
    // The enhancement script gets the role too, or it would hide the guardian's question again.
    expect(html).toContain('"contextAnswers":{"$filingRole":"guardian"}');

    const missing = await browser.call(postStep, stepPath(), stepParams(), {
      method: "POST",
      body: formData({ _action: "continue", subject: "Päivähoitopaikka" }),
    });
    expect(missing.status).toBe(200);
    expect(await missing.text()).toContain("Toisen huoltajan suostumus");
    const saved = await browser.call(postStep, stepPath(), stepParams(), {
      method: "POST",
      // A role posted as an answer is ignored: the role comes only from the checked choice.
      body: formData({
        _action: "continue",
        subject: "Päivähoitopaikka",
        guardianConsent: "Joni suostuu",
        [FILING_ROLE_KEY]: "company",
      }),
    });
    expect(saved.status).toBe(303);
    const check = await browser.call(postCheck, `${fixture.base}/check`, fixture.params, {
      method: "POST",
      body: formData({}),
    });
    expect(check.status).toBe(303);
    expect(check.headers.get("location")).toContain("/send/");

    const submission = await getPrisma().submission.findFirstOrThrow({ where: { draftId: draft!.id } });
    reference = submission.reference;
    expect(submission.identifiedPersonIdHash).toBe(henkilotunnusHash("010280-952L"));
    expect(submission.principalIdHash).toBe(henkilotunnusHash("150315A9985"));
    expect(decryptSubmissionFiling(submission.filingEncrypted, submission.id)).toMatchObject({
      role: "guardian",
      principal: { id: "150315A9985" },
      filerName: "Tessa Testilä",
    });
    const text = decryptString(submission.messageTextEncrypted, {
      associatedData: submissionMessageTextContext(submission.id),
    });
    expect(text).toContain("Täytetty puolesta: Testilä Tuuli Alva, 150315A9985 (huoltaja)");
    expect(text).toContain("Täyttäjä: Tessa Testilä");
    expect(text).toContain("Joni suostuu");

    // Targets get whom it was filed for as its own field, as their sender detail allows.
    const contents = await loadSubmissionContents(submission.id);
    const withIds = await buildWebhookPayload({
      deliveryId: submission.id,
      contents,
      target: { senderDetail: "name-and-id", attachmentMode: "links" },
    });
    expect(withIds.filing).toEqual({
      role: "guardian",
      principal: {
        kind: "person",
        name: "Testilä Tuuli Alva",
        personalIdentityCode: "150315A9985",
        businessId: null,
      },
      filerName: "Tessa Testilä",
      issueCode: "lomake-sandbox-varhaiskasvatus",
    });
    expect(ZWebhookPayloadV1.safeParse(withIds).success).toBe(true);
    const nameOnly = await buildWebhookPayload({
      deliveryId: submission.id,
      contents,
      target: { senderDetail: "none", attachmentMode: "links" },
    });
    expect(nameOnly.filing).toEqual({
      role: "guardian",
      principal: null,
      filerName: null,
      issueCode: "lomake-sandbox-varhaiskasvatus",
    });
  });

  it("erasure by the child's henkilötunnus finds and erases what was filed on their behalf", async () => {
    const browser = await identifiedBrowser("010469-999W");
    expect((await choose(browser, "person:150315A9985")).status).toBe(303);
    const draft = await findDraftByToken(browser.cookies.get(DRAFT_COOKIE), fixture.form.id);
    const found = await findPersonData(fixture.organization.id, "150315A9985", ACTOR);
    expect(found.drafts.map((entry) => entry.id)).toContain(draft!.id);
    expect(found.submissions.map((entry) => entry.reference)).toContain(reference);
    const report = await erasePersonData(fixture.organization.id, "150315A9985", ACTOR);
    expect(report.submissionsErased).toContain(reference);
    expect(report.draftsDeleted).toBeGreaterThanOrEqual(2);
    const erased = await getPrisma().submission.findUniqueOrThrow({ where: { reference } });
    expect([erased.filingEncrypted, erased.principalIdHash, erased.answersEncrypted]).toEqual([
      null,
      null,
      "",
    ]);
    expect(
      await getPrisma().citizenDraft.count({ where: { principalIdHash: henkilotunnusHash("150315A9985") } }),
    ).toBe(0);
  });
});

describe("the mandate is asked again before sending", () => {
  it("refuses to send a draft whose stored principal Valtuudet does not confirm", async () => {
    const browser = await identifiedBrowser("010469-999W");
    expect((await choose(browser, "person:150315A9985")).status).toBe(303);
    await browser.call(postStep, stepPath(), stepParams(), {
      method: "POST",
      body: formData({ _action: "continue", subject: "Asia", guardianConsent: "Tessa" }),
    });
    // The stored choice tampered with (or the mandate revoked since): a company Joni does not represent.
    const draft = await findDraftByToken(browser.cookies.get(DRAFT_COOKIE), fixture.form.id);
    await setDraftFiling(draft!.id, {
      value: {
        role: "company",
        principal: { kind: "company", id: "1912105-6", name: "Testiyritys Oy" },
        filerName: "Joni Kivi",
      },
      principalIdHash: businessIdHash("1912105-6"),
    });
    const check = await browser.call(postCheck, `${fixture.base}/check`, fixture.params, {
      method: "POST",
      body: formData({}),
    });
    expect(check.status).toBe(403);
    expect(await check.text()).toContain("Sinulla ei ole valtuutta");
    expect(await getPrisma().submission.count({ where: { draftId: draft!.id } })).toBe(0);
  });
});

describe("a representative files for the company", () => {
  it("files for Testiyritys Oy, and erasure by Y-tunnus finds and erases it", async () => {
    const browser = await identifiedBrowser("010280-952L");
    expect((await choose(browser, "company:1912105-6")).status).toBe(303);
    const html = await (await browser.call(getStep, stepPath(), stepParams())).text();
    expect(html).toContain("Täytät lomaketta yrityksen Testiyritys Oy (1912105-6) puolesta.");
    expect(html).toMatch(/filingRole&quot;:&quot;company&quot;}"><div data-field="companyContact"/);
    expect(html).toMatch(/filingRole&quot;:&quot;guardian&quot;}" hidden="">/);
    await browser.call(postStep, stepPath(), stepParams(), {
      method: "POST",
      body: formData({ _action: "continue", subject: "Yrityksen asia", companyContact: "Tessa" }),
    });
    const check = await browser.call(postCheck, `${fixture.base}/check`, fixture.params, {
      method: "POST",
      body: formData({}),
    });
    expect(check.status).toBe(303);
    const submission = await getPrisma().submission.findFirstOrThrow({
      where: { principalIdHash: businessIdHash("1912105-6") },
    });

    // Not a person's data: filed for the company, it is not the child's (whose data was erased above).
    expect((await findPersonData(fixture.organization.id, "150315A9985", ACTOR)).submissions).toEqual([]);
    const found = await findCompanyData(fixture.organization.id, "1912105 6", ACTOR);
    expect(found.maskedHenkilotunnus).toBe("1912105-6");
    expect(found.submissions.map((entry) => entry.reference)).toEqual([submission.reference]);
    const report = await eraseCompanyData(fixture.organization.id, "19121056", ACTOR);
    expect(report.submissionsErased).toEqual([submission.reference]);
    // Erased: the contents and the link to the company are gone; only the ledger stays.
    expect((await findCompanyData(fixture.organization.id, "1912105-6", ACTOR)).submissions).toEqual([]);
    const erased = await getPrisma().submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect([erased.answersEncrypted, erased.filingEncrypted, erased.principalIdHash]).toEqual([
      "",
      null,
      null,
    ]);
  });
});
