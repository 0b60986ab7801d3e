// Stop rules end the form with an exit page instead of the next step, and nothing can be sent while one holds;
// answers to questions hidden later stay in the draft but are never sent; the citizen's language survives the
// Suomi.fi hand-off (the return address carries it).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import {
  citizenBrowser,
  createCitizenTestForm,
  formData,
  readHandoffForm,
  type TCitizenTestForm,
} from "@/lib/citizen/testing/citizen-fixtures";
import { GET as getCheck, POST as postCheck } from "../[org]/[form]/check/route";
import { GET as getExit } from "../[org]/[form]/exit/route";
import { GET as getReturn } from "../[org]/[form]/return/[token]/route";
import { GET as getSend } from "../[org]/[form]/send/[token]/route";
import { GET as getStep, POST as postStep } from "../[org]/[form]/step/[page]/route";
import { findDraftByToken } from "@/lib/citizen/drafts";
import { DRAFT_COOKIE } from "./form-context";

const text = (fi: string, sv: string) => ({ fi, sv, en: `${fi} (en)` });
const DEFINITION = {
  schemaVersion: 1,
  languages: ["fi", "sv", "en"],
  title: text("Avustus", "Bidrag"),
  pages: [
    {
      id: "who",
      title: text("Hakija", "Sökande"),
      elements: [
        {
          type: "yesNo",
          key: "isResident",
          label: text("Asutko kunnassa?", "Bor du i kommunen?"),
          required: true,
        },
        { type: "yesNo", key: "hasMoved", label: text("Oletko muuttanut?", "Har du flyttat?") },
        {
          type: "shortText",
          key: "formerHome",
          label: text("Entinen kotikunta", "Tidigare hemkommun"),
          visibleIf: { field: "hasMoved", operator: "equals", value: true },
        },
      ],
    },
    {
      id: "what",
      title: text("Hakemus", "Ansökan"),
      elements: [{ type: "shortText", key: "purpose", label: text("Käyttötarkoitus", "Ändamål") }],
    },
  ],
  exitPages: [
    {
      id: "notResident",
      title: text("Et voi hakea tätä avustusta", "Du kan inte ansöka om det här bidraget"),
      body: text(
        "Avustus on kunnan asukkaille. Kysy [omasta kunnastasi](https://example.fi).",
        "Bidraget är för kommunens invånare.",
      ),
    },
  ],
  stopRules: [{ when: { field: "isResident", operator: "equals", value: false }, exitPage: "notResident" }],
};

let fixture: TCitizenTestForm;
beforeAll(async () => {
  fixture = await createCitizenTestForm(DEFINITION);
});
afterAll(async () => {
  await disconnectPrisma();
});

type TBrowser = ReturnType<typeof citizenBrowser>;
const step = (browser: TBrowser, page: string, fields: Record<string, string>, query = "") =>
  browser.call(
    postStep,
    `${fixture.base}/step/${page}${query}`,
    { ...fixture.params, page },
    {
      method: "POST",
      body: formData({ ...fields, _action: "continue" }),
    },
  );
const check = (browser: TBrowser, query = "") =>
  browser.call(postCheck, `${fixture.base}/check${query}`, fixture.params, {
    method: "POST",
    body: formData({}),
  });
const submissionCount = () => getPrisma().submission.count({ where: { formId: fixture.form.id } });

describe("stop rules", () => {
  it("an ineligible answer shows the exit page instead of the next step, in the person's language", async () => {
    const browser = citizenBrowser();
    const saved = await step(browser, "who", { isResident: "false" }, "?lang=sv");
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`${fixture.base}/exit?lang=sv`);
    const exit = await browser.call(getExit, `${fixture.base}/exit?lang=sv`, fixture.params);
    expect(exit.status).toBe(200);
    const html = await exit.text();
    expect(html).toContain("<h1>Du kan inte ansöka om det här bidraget</h1>");
    expect(html).toContain("Bidraget är för kommunens invånare.");
    expect(html).toContain("Ändra dina svar");
    expect(html).toContain(`href="${fixture.base}/step/who?lang=sv#`);
  });

  it("the form cannot be sent while the rule holds, even by posting check your answers directly", async () => {
    const browser = citizenBrowser();
    await step(browser, "who", { isResident: "false" });
    await step(browser, "what", { purpose: "Kerhotoiminta" });
    const before = await submissionCount();
    const checkPage = await browser.call(getCheck, `${fixture.base}/check`, fixture.params);
    expect(checkPage.headers.get("location")).toBe(`${fixture.base}/exit`);
    const sent = await check(browser);
    expect(sent.status).toBe(303);
    expect(sent.headers.get("location")).toBe(`${fixture.base}/exit`);
    expect(await submissionCount()).toBe(before);
  });

  it("changing the answer lets the form go on; the exit page is then no longer shown", async () => {
    const browser = citizenBrowser();
    await step(browser, "who", { isResident: "false" });
    const changed = await step(browser, "who", { isResident: "true" });
    expect(changed.headers.get("location")).toBe(`${fixture.base}/step/what`);
    const exit = await browser.call(getExit, `${fixture.base}/exit`, fixture.params);
    expect(exit.status).toBe(303);
    expect(exit.headers.get("location")).toBe(`${fixture.base}/check`);
  });

  it("a hand-off made before the answer changed is not offered while the rule holds", async () => {
    const browser = citizenBrowser();
    await step(browser, "who", { isResident: "true" });
    await step(browser, "what", { purpose: "Kerho" });
    const sendPath = new URL((await check(browser)).headers.get("location")!, "http://localhost").pathname;
    expect(sendPath).toContain("/send/");
    await step(browser, "who", { isResident: "false" });
    const send = await browser.call(getSend, sendPath, {
      ...fixture.params,
      token: sendPath.split("/send/")[1]!,
    });
    expect(send.status).toBe(303);
    expect(send.headers.get("location")).toBe(`${fixture.base}/exit`);
  });
});

describe("answers to questions hidden later", () => {
  it("stay in the draft, show again with the question, and are not part of what is sent", async () => {
    const browser = citizenBrowser();
    const draft = () => findDraftByToken(browser.cookies.get(DRAFT_COOKIE), fixture.form.id);
    await step(browser, "who", { isResident: "true", hasMoved: "true", formerHome: "Salainen kunta" });
    await step(browser, "what", { purpose: "Kerho" });
    // "Not moved" hides the question (no script: it is not posted); its answer stays in the draft.
    await step(browser, "who", { isResident: "true", hasMoved: "false" });
    expect((await draft())?.answers.formerHome).toBe("Salainen kunta");

    const sendPath = new URL((await check(browser)).headers.get("location")!, "http://localhost").pathname;
    const send = await browser.call(getSend, sendPath, {
      ...fixture.params,
      token: sendPath.split("/send/")[1]!,
    });
    const sentText = readHandoffForm(await send.text()).text;
    expect(sentText).toContain("Kerho");
    expect(sentText).not.toContain("Salainen kunta");

    // The page keeps it in the hidden question, so answering "moved" again shows what the person wrote.
    const page = await browser.call(getStep, `${fixture.base}/step/who`, { ...fixture.params, page: "who" });
    expect(await page.text()).toMatch(/hidden=""><div data-field="formerHome"[\s\S]*?value="Salainen kunta"/);
  });
});

describe("the citizen's language after the Suomi.fi hand-off", () => {
  it("the return address carries the language, and the return page speaks it", async () => {
    const browser = citizenBrowser();
    await step(browser, "who", { isResident: "true" }, "?lang=sv");
    await step(browser, "what", { purpose: "Klubb" }, "?lang=sv");
    const location = (await check(browser, "?lang=sv")).headers.get("location")!;
    const sendUrl = new URL(location, "http://localhost");
    const token = sendUrl.pathname.split("/send/")[1]!;
    const handoff = readHandoffForm(
      await (
        await browser.call(getSend, `${sendUrl.pathname}${sendUrl.search}`, { ...fixture.params, token })
      ).text(),
    );
    const returnUrl = new URL(Object.values(handoff.hidden).find((value) => value.includes("/return/"))!);
    expect(returnUrl.searchParams.get("lang")).toBe("sv");
    expect(returnUrl.search).toBe("?lang=sv"); // nothing personal in the address
    const returnToken = returnUrl.pathname.split("/return/")[1]!;
    for (const path of [`${returnUrl.pathname}${returnUrl.search}`, returnUrl.pathname]) {
      const page = await browser.call(getReturn, path, { ...fixture.params, token: returnToken });
      const html = await page.text();
      expect(html).toContain('<html lang="sv"');
    }
  });
});
