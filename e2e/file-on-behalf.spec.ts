// Filing on behalf of someone else: after Suomi.fi identification the person chooses at the start for whom
// they file, from Suomi.fi Valtuudet (the sandbox's emulation), checked again on the server. A guardian files
// for their child without JavaScript on a 375 px phone; a representative files for Testiyritys Oy in Swedish;
// a principal forged into the post is refused with a clear page; axe on the new pages.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { identifyOnSandbox, sandboxControl, sandboxSubmissions, sql } from "./support/citizen";
import { E2E_SANDBOX_PORT } from "./support/e2e-constants";

const SLUG = "paivahoito-puolesta";
const FORM_PATH = `/f/demo/${SLUG}`;
/** SANDBOX_ISSUE_CODES.daycare (lib/suomifi/sandbox/test-persons.ts): guardians and the company cover it. */
const DAYCARE_ISSUE = "lomake-sandbox-varhaiskasvatus";
const IDP_LOGIN = new RegExp(`127\\.0\\.0\\.1:${E2E_SANDBOX_PORT}/idp/login/`);

const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const DEFINITION = {
  schemaVersion: 1,
  languages: ["fi", "sv", "en"],
  title: text(
    "Varhaiskasvatushakemus",
    "Ansökan om småbarnspedagogik",
    "Early childhood education application",
  ),
  pages: [
    {
      id: "hakemus",
      title: text("Hakemus", "Ansökan", "Application"),
      elements: [
        { type: "shortText", key: "subject", label: text("Toive", "Önskemål", "Wish"), required: true },
        {
          type: "shortText",
          key: "otherGuardian",
          label: text(
            "Toisen huoltajan nimi",
            "Den andra vårdnadshavarens namn",
            "The other guardian's name",
          ),
          required: true,
          visibleIf: { filingRole: "guardian" },
        },
        {
          type: "shortText",
          key: "companyContact",
          label: text("Yrityksen yhteyshenkilö", "Företagets kontaktperson", "The company's contact person"),
          required: true,
          visibleIf: { filingRole: "company" },
        },
      ],
    },
  ],
};

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
}

/** At the sandbox IdP: the test method, a test person; without scripts the POST binding's visible button. */
async function identifyAtIdp(page: Page, henkilotunnus: string, language: "fi" | "sv" = "fi") {
  const words = language === "sv" ? "Identifiera dig" : "Tunnistaudu";
  await page
    .getByRole("button", {
      name: language === "sv" ? "Identifiera dig i Suomi.fi" : "Tunnistaudu Suomi.fi:ssä",
    })
    .click();
  await expect(page).toHaveURL(IDP_LOGIN);
  await page.locator(`input[name="hetu"][value="${henkilotunnus}"]`).check();
  await page.getByRole("button", { name: words, exact: true }).click();
}

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  await sandboxControl("DELETE", "/idp/faults");
  await sql(`DELETE FROM form WHERE slug = $1`, [SLUG]);
  const [form] = await sql<{ id: string }>(
    `INSERT INTO form (id, organization_id, slug, status, suomifi_service_id, identification,
       may_file_for_person, may_file_for_company, mandate_issue_code, updated_at)
     SELECT gen_random_uuid(), organization_id, $1, 'live', suomifi_service_id, 'required', true, true, $2, now()
     FROM form WHERE slug = 'vahingonkorvausvaatimus' RETURNING id`,
    [SLUG, DAYCARE_ISSUE],
  );
  await sql(
    `WITH version AS (
       INSERT INTO form_version (id, form_id, version, definition, published_at)
       VALUES (gen_random_uuid(), $1, 1, $2::jsonb, now()) RETURNING id)
     UPDATE form SET live_version_id = (SELECT id FROM version) WHERE id = $1`,
    [form!.id, JSON.stringify(DEFINITION)],
  );
});
test.afterAll(async () => {
  await sql(`DELETE FROM submission WHERE form_id IN (SELECT id FROM form WHERE slug = $1)`, [SLUG]);
  await sql(`DELETE FROM form WHERE slug = $1`, [SLUG]);
});

test("without JavaScript at 375 px: a guardian files for their child and hands off", async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 375, height: 812 },
  });
  const page = await context.newPage();
  await page.goto(FORM_PATH);
  await identifyAtIdp(page, "010280-952L");
  await expect(page.getByRole("heading", { name: "Palataan asiointipalveluun" })).toBeVisible();
  await page.getByRole("button", { name: "Jatka" }).click();
  await expect(page.getByText("Tunnistettu: Tessa Testilä")).toBeVisible();
  await page.getByRole("button", { name: "Aloita" }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: "Kenen puolesta täytät lomakkeen?" }),
  ).toBeVisible();
  await expect(page.getByLabel("omissa nimissäni (Tessa Testilä)")).toBeVisible();
  await expect(page.getByLabel("yrityksen Testiyritys Oy (1912105-6) puolesta")).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/file-on-behalf-for-whom-375.png", fullPage: true });
  // Nothing chosen: the page says what to do.
  await page.getByRole("button", { name: "Jatka" }).click();
  await expect(page.getByRole("heading", { name: "Korjaa seuraavat tiedot" })).toBeVisible();
  await page.getByLabel("huollettavani Testilä Tuuli Alva puolesta (huoltajana)").check();
  await page.getByRole("button", { name: "Jatka" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Hakemus" })).toBeVisible();
  await expect(page.getByText("Täytät lomaketta henkilön Testilä Tuuli Alva puolesta.")).toBeVisible();
  await expect(page.getByLabel("Yrityksen yhteyshenkilö")).toBeHidden();
  await page.getByLabel("Toive").fill("Päiväkoti Satakieli");
  await page.getByLabel("Toisen huoltajan nimi").fill("Joni Kivi");
  await page.screenshot({ path: "test-results/screenshots/file-on-behalf-step-375.png", fullPage: true });
  await page.getByRole("button", { name: "Jatka", exact: true }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Tarkista vastauksesi ennen lähettämistä" }),
  ).toBeVisible();
  await expect(page.getByText("Täytät lomaketta henkilön Testilä Tuuli Alva puolesta.")).toBeVisible();
  await page.getByRole("button", { name: "Hyväksy ja lähetä" }).click();
  await page.getByRole("button", { name: "Jatka Suomi.fi-palveluun" }).click();
  await identifyOnSandbox(page, "010280-952L");
  await expect(page.getByRole("heading", { level: 1, name: "Kiitos, lomake on lähetetty" })).toBeVisible();
  const reference = (await page.locator(".reference").first().textContent())!.trim();
  const sent = (await sandboxSubmissions()).find((submission) => submission.body.includes(reference));
  expect(sent?.body).toContain("Täytetty puolesta: Testilä Tuuli Alva, 150315A9985 (huoltaja)");
  expect(sent?.body).toContain("Täyttäjä: Tessa Testilä");
  expect(sent?.body).toContain("Joni Kivi");
  await context.close();
});

test("in Swedish with JavaScript: a representative files for Testiyritys Oy", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`${FORM_PATH}?lang=sv`);
  await identifyAtIdp(page, "010280-952L", "sv");
  await expect(page.getByText("Identifierad: Tessa Testilä")).toBeVisible();
  await page.getByRole("button", { name: "Börja" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "För vem fyller du i blanketten?" }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("för företaget Testiyritys Oy (1912105-6)").check();
  await page.getByRole("button", { name: "Fortsätt" }).click();
  await expect(
    page.getByText("Du fyller i blanketten för företaget Testiyritys Oy (1912105-6)."),
  ).toBeVisible();
  await expect(page.getByLabel("Den andra vårdnadshavarens namn")).toBeHidden();
  await page.getByLabel("Önskemål").fill("Företagets ärende");
  await page.getByLabel("Företagets kontaktperson").fill("Tessa Testilä");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Fortsätt", exact: true }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Kontrollera dina svar innan du skickar" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Godkänn och skicka" }).click();
  await identifyOnSandbox(page, "010280-952L");
  await expect(page.getByRole("heading", { level: 1, name: "Tack, blanketten har skickats" })).toBeVisible();
  const reference = (await page.locator(".reference").first().textContent())!.trim();
  const sent = (await sandboxSubmissions()).find((submission) => submission.body.includes(reference));
  expect(sent?.body).toContain("Ifylld för: Testiyritys Oy, 1912105-6 (företagets företrädare)");
});

test("a person without the mandate is refused with a clear page, and nothing starts", async ({ page }) => {
  await page.goto(FORM_PATH);
  await identifyAtIdp(page, "010469-999W");
  await expect(page.getByText("Tunnistettu: Joni Kivi")).toBeVisible();
  await page.getByRole("button", { name: "Aloita" }).click();
  // Joni is the child's guardian but does not represent the company: Valtuudet does not list it.
  await expect(page.getByLabel("huollettavani Testilä Tuuli Alva puolesta (huoltajana)")).toBeVisible();
  await expect(page.getByText("Testiyritys Oy")).toHaveCount(0);
  // A forged choice in the post: the server asks Valtuudet and refuses it.
  await page.locator('input[name="forWhom"][value="self"]').evaluate((input: HTMLInputElement) => {
    input.value = "company:1912105-6";
    input.checked = true;
  });
  await page.getByRole("button", { name: "Jatka" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sinulla ei ole valtuutta" })).toBeVisible();
  await expect(page.getByText("Lomaketta ei ole aloitettu.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`${FORM_PATH}/step/hakemus`);
  await expect(page).toHaveURL(new RegExp(`${FORM_PATH}/for-whom$`));
});
