// Submitting through the citizen routes: a tampered hand-off (text, reference, return token) is detectable,
// a form version published while a draft is open, and the form's maximum number of submissions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { sha256Hex } from "@/lib/crypto/keyed-hash";
import { clearPublicFormCache } from "@/lib/citizen/load-public-form";
import {
  CITIZEN_TEST_DEFINITION,
  citizenBrowser,
  createCitizenTestForm,
  formData,
  publishNewVersion,
  readHandoffForm,
  sendToHandoff,
  type TCitizenTestForm,
} from "@/lib/citizen/testing/citizen-fixtures";
import { isIntegrityCodeValid } from "@/lib/submissions/integrity-code";
import { splitIntegrityLine } from "@/lib/submissions/submission-text";
import { POST as postCheck } from "../[org]/[form]/check/route";
import { GET as getStart } from "../[org]/[form]/route";
import { GET as getReturn } from "../[org]/[form]/return/[token]/route";
import { GET as getSend } from "../[org]/[form]/send/[token]/route";
import { GET as getStep, POST as postStep } from "../[org]/[form]/step/[page]/route";

const routes = { postStep, postCheck };
let fixture: TCitizenTestForm;

beforeAll(async () => {
  fixture = await createCitizenTestForm();
});

afterAll(async () => {
  await disconnectPrisma();
});

function sendParams(path: string) {
  return { ...fixture.params, token: path.split("/send/")[1]! };
}

describe("tampered hand-off", () => {
  it("the integrity code covers the text: the genuine text verifies, a changed text or reference does not", async () => {
    const browser = citizenBrowser();
    const sendPath = await sendToHandoff(browser, fixture, routes, "Katuvalo rikki");
    const response = await browser.call(getSend, sendPath, sendParams(sendPath));
    expect(response.status).toBe(200);
    const handoff = readHandoffForm(await response.text());
    const submission = await getPrisma().submission.findFirstOrThrow({
      where: { formId: fixture.form.id },
      orderBy: { createdAt: "desc" },
    });
    const { textWithoutCodeLine, code } = splitIntegrityLine(handoff.text);
    expect(code).toBe(submission.integrityCode);
    const verify = (text: string, reference = submission.reference) =>
      isIntegrityCodeValid(code!, { reference, textSha256: sha256Hex(text), attachmentSha256s: [] });
    expect(verify(textWithoutCodeLine)).toBe(true);
    expect(textWithoutCodeLine).toContain("Katuvalo rikki");
    expect(verify(textWithoutCodeLine.replace("Katuvalo rikki", "Katuvalo ehjä"))).toBe(false);
    expect(verify(textWithoutCodeLine, "LMK-2222-2222")).toBe(false);
    // An added attachment hash also breaks it.
    expect(
      isIntegrityCodeValid(code!, {
        reference: submission.reference,
        textSha256: sha256Hex(textWithoutCodeLine),
        attachmentSha256s: [sha256Hex("extra")],
      }),
    ).toBe(false);
    // The hidden fields carry the reference and a return address on this host bound to this submission.
    const hiddenValues = Object.values(handoff.hidden);
    expect(hiddenValues).toContain(submission.reference);
    const returnUrl = hiddenValues.find((value) => value.includes("/return/"))!;
    expect(new URL(returnUrl).origin).toBe("http://localhost");
    const returnPath = new URL(returnUrl).pathname;
    const token = returnPath.split("/return/")[1]!;
    const genuine = await browser.call(getReturn, returnPath, { ...fixture.params, token });
    expect(genuine.status).toBe(200);
    expect(await genuine.text()).toContain(submission.reference);
    // A changed hidden return token (another submission id or a forged signature) is refused.
    const otherId = token.replace(/^[0-9a-f]/, (c) => (c === "0" ? "1" : "0"));
    const forged = token.slice(0, -2) + (token.endsWith("AA") ? "BB" : "AA");
    for (const bad of [otherId, forged]) {
      const refused = await browser.call(getReturn, `${fixture.base}/return/${bad}`, {
        ...fixture.params,
        token: bad,
      });
      expect(refused.status).toBe(404);
      expect(await refused.text()).not.toContain(submission.reference);
    }
    // The hand-off address itself cannot be forged either.
    const badSend = await browser.call(getSend, `${fixture.base}/send/${forged}`, {
      ...fixture.params,
      token: forged,
    });
    expect(badSend.status).toBe(404);
  });
});

describe("a new version published while a draft is open", () => {
  it("tells the person, keeps the old version for sending, and starting again moves to the new one", async () => {
    const browser = citizenBrowser();
    const first = await browser.call(
      postStep,
      `${fixture.base}/step/details`,
      { ...fixture.params, page: "details" },
      {
        method: "POST",
        body: formData({ subject: "Vanha versio", _action: "continue" }),
      },
    );
    expect(first.status).toBe(303);
    const draft = await getPrisma().citizenDraft.findFirstOrThrow({
      where: { formId: fixture.form.id },
      orderBy: { createdAt: "desc" },
    });
    const v2Definition = structuredClone(CITIZEN_TEST_DEFINITION);
    v2Definition.title = { fi: "Hakemus 2", sv: "Ansökan 2", en: "Application 2" };
    const v2 = await publishNewVersion(fixture, v2Definition);
    try {
      const page = await browser.call(getStep, `${fixture.base}/step/details`, {
        ...fixture.params,
        page: "details",
      });
      const html = await page.text();
      expect(html).toContain("Vanha versio");
      expect(html).toMatch(/value="restart"/);
      // Sending still works on the version the draft started on.
      const sendPath = await sendToHandoff(browser, fixture, routes, "Vanha versio");
      expect(sendPath).toContain("/send/");
      const submission = await getPrisma().submission.findFirstOrThrow({
        where: { formId: fixture.form.id },
        orderBy: { createdAt: "desc" },
      });
      expect(submission.formVersionId).toBe(draft.formVersionId);
      expect(submission.formVersionId).not.toBe(v2.id);

      // Another person with a draft chooses to start again on the new version.
      const other = citizenBrowser();
      await other.call(
        postStep,
        `${fixture.base}/step/details`,
        { ...fixture.params, page: "details" },
        {
          method: "POST",
          body: formData({ subject: "Aloitan alusta", _action: "continue" }),
        },
      );
      await getPrisma().citizenDraft.updateMany({
        where: { formId: fixture.form.id, formVersionId: v2.id },
        data: { formVersionId: draft.formVersionId },
      });
      const restarted = await other.call(
        postStep,
        `${fixture.base}/step/details`,
        { ...fixture.params, page: "details" },
        {
          method: "POST",
          body: formData({ _action: "restart" }),
        },
      );
      expect(restarted.status).toBe(303);
      const after = await other.call(getStep, `${fixture.base}/step/details`, {
        ...fixture.params,
        page: "details",
      });
      const afterHtml = await after.text();
      expect(afterHtml).not.toMatch(/value="restart"/);
      expect(afterHtml).not.toContain("Aloitan alusta");
    } finally {
      await getPrisma().form.update({
        where: { id: fixture.form.id },
        data: { liveVersionId: fixture.version.id },
      });
      clearPublicFormCache();
    }
  });
});

describe("maximum number of submissions", () => {
  it("counts hand-offs: the next person is told the form is full, a repeat hand-off of a counted one still works", async () => {
    const own = await createCitizenTestForm();
    await getPrisma().form.update({ where: { id: own.form.id }, data: { maxSubmissions: 1 } });
    clearPublicFormCache();
    const ownRoutes = { postStep, postCheck };
    const firstPerson = citizenBrowser();
    const firstPath = await sendToHandoff(firstPerson, own, ownRoutes, "Ensimmäinen");
    const params = (path: string) => ({ ...own.params, token: path.split("/send/")[1]! });
    expect((await firstPerson.call(getSend, firstPath, params(firstPath))).status).toBe(200);
    expect((await firstPerson.call(getSend, firstPath, params(firstPath))).status).toBe(200);

    const secondPerson = citizenBrowser();
    const secondPath = await sendToHandoff(secondPerson, own, ownRoutes, "Toinen");
    const refused = await secondPerson.call(getSend, secondPath, params(secondPath));
    expect(refused.status).toBe(409);
    const html = await refused.text();
    expect(html).not.toContain("data-handoff-form");
    const rows = await getPrisma().submission.findMany({
      where: { formId: own.form.id },
      select: { handoffCount: true, status: true },
      orderBy: { createdAt: "asc" },
    });
    expect(rows).toEqual([
      { handoffCount: 2, status: "handed_off" },
      { handoffCount: 0, status: "ready" },
    ]);
  });
});

describe("accessibility statement link in the footer", () => {
  it("uses the form's own statement address, and the default page when none or an unsafe one is set", async () => {
    const own = await createCitizenTestForm();
    const footerLink = async () => {
      clearPublicFormCache();
      const html = await (await citizenBrowser().call(getStart, own.base, own.params)).text();
      const footer = html.slice(html.indexOf("<footer"));
      return /<a[^>]*href="([^"]*)"[^>]*>Saavutettavuusseloste<\/a>/.exec(footer)?.[1];
    };
    expect(await footerLink()).toBe("/f/accessibility");
    await getPrisma().form.update({
      where: { id: own.form.id },
      data: { accessibilityStatementUrl: "https://www.demokunta.example/saavutettavuus/lomakkeet" },
    });
    expect(await footerLink()).toBe("https://www.demokunta.example/saavutettavuus/lomakkeet");
    await getPrisma().form.update({
      where: { id: own.form.id },
      data: { accessibilityStatementUrl: "javascript:alert(1)" },
    });
    expect(await footerLink()).toBe("/f/accessibility");
  });
});
