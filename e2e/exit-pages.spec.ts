// Exit pages and conditional questions, with JavaScript on and off at 375 px, in Finnish and Swedish: an
// ineligible answer shows the exit page instead of the next step and the form cannot be sent; a question
// revealed by an answer (no script) brings a neutral notice, not an error; a Swedish citizen is identified and
// comes back from Suomi.fi in Swedish.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { E2E_APP_URL } from "./support/e2e-constants";
import { sql, TEST_PERSON } from "./support/citizen";

const slug = `exit-${Date.now().toString(36)}`;
const path = `/f/demo/${slug}`;
const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });

const definition = {
  schemaVersion: 1,
  languages: ["fi", "sv", "en"],
  title: text("Harrastusavustus", "Hobbybidrag", "Hobby grant"),
  pages: [
    {
      id: "who",
      title: text("Hakija", "Sökande", "Applicant"),
      elements: [
        {
          type: "yesNo",
          key: "isResident",
          label: text("Asutko Demokunnassa?", "Bor du i Demokommun?", "Do you live in Demokunta?"),
          required: true,
        },
        {
          type: "yesNo",
          key: "hasMoved",
          label: text("Oletko muuttanut viime vuonna?", "Har du flyttat i fjol?", "Did you move last year?"),
        },
        {
          type: "shortText",
          key: "formerHome",
          label: text("Entinen kotikunta", "Tidigare hemkommun", "Former home municipality"),
          required: true,
          visibleIf: { field: "hasMoved", operator: "equals", value: true },
        },
      ],
    },
    {
      id: "what",
      title: text("Harrastus", "Hobby", "Hobby"),
      elements: [
        { type: "shortText", key: "hobby", label: text("Harrastus", "Hobby", "Hobby"), required: true },
      ],
    },
  ],
  exitPages: [
    {
      id: "notResident",
      title: text(
        "Et voi hakea Demokunnan harrastusavustusta",
        "Du kan inte ansöka om Demokommuns hobbybidrag",
        "You cannot apply for Demokunta's hobby grant",
      ),
      body: text(
        "Avustus on vain Demokunnan asukkaille. Kysy harrastusavustuksesta [omasta kotikunnastasi](https://www.suomi.fi/).",
        "Bidraget är bara för invånare i Demokommun. Fråga om hobbybidrag i [din egen hemkommun](https://www.suomi.fi/).",
        "The grant is only for residents of Demokunta. Ask your [own municipality](https://www.suomi.fi/) about hobby grants.",
      ),
    },
  ],
  stopRules: [{ when: { field: "isResident", operator: "equals", value: false }, exitPage: "notResident" }],
};

const T = {
  fi: {
    query: "",
    resident: "Asutko Demokunnassa?",
    moved: "Oletko muuttanut viime vuonna?",
    yes: "Kyllä",
    no: "Ei",
    continue: "Jatka",
    exitTitle: "Et voi hakea Demokunnan harrastusavustusta",
    change: "Muuta vastauksiasi",
    notice: "Vastaa vielä näihin kysymyksiin",
    formerHome: "Entinen kotikunta",
    step: "Vaihe 1",
  },
  sv: {
    query: "?lang=sv",
    resident: "Bor du i Demokommun?",
    moved: "Har du flyttat i fjol?",
    yes: "Ja",
    no: "Nej",
    continue: "Fortsätt",
    exitTitle: "Du kan inte ansöka om Demokommuns hobbybidrag",
    change: "Ändra dina svar",
    notice: "Svara ännu på de här frågorna",
    formerHome: "Tidigare hemkommun",
    step: "Steg 1",
  },
} as const;

let formId = "";

test.beforeAll(async () => {
  const [demo] = await sql<{ id: string; service: string }>(
    `SELECT o.id, s.id AS service FROM organization o JOIN suomifi_connection c ON c.organization_id = o.id
     JOIN suomifi_service s ON s.connection_id = c.id WHERE o.slug = 'demo'
     ORDER BY s.created_at, s.id LIMIT 1`,
  );
  const [form] = await sql<{ id: string }>(
    `INSERT INTO form (id, organization_id, slug, status, draft_definition, suomifi_service_id, updated_at)
     VALUES (gen_random_uuid(), $1, $2, 'live', $3, $4, now()) RETURNING id`,
    [demo!.id, slug, JSON.stringify(definition), demo!.service],
  );
  const [version] = await sql<{ id: string }>(
    `INSERT INTO form_version (id, form_id, version, definition, published_at)
     VALUES (gen_random_uuid(), $1, 1, $2, now()) RETURNING id`,
    [form!.id, JSON.stringify(definition)],
  );
  await sql("UPDATE form SET live_version_id = $1 WHERE id = $2", [version!.id, form!.id]);
  formId = form!.id;
});

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const hasOverflow = await page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
  expect(hasOverflow).toBe(false);
}

const submissionCount = async () =>
  Number(
    (await sql<{ count: string }>("SELECT count(*) FROM submission WHERE form_id = $1", [formId]))[0]!.count,
  );

async function answer(page: Page, question: string, choice: string): Promise<void> {
  await page.getByRole("group", { name: question }).getByLabel(choice, { exact: true }).check();
}

for (const isJavaScriptEnabled of [true, false]) {
  const js = isJavaScriptEnabled ? "on" : "off";
  test.describe(`exit pages with JavaScript ${js}`, () => {
    test.use({ javaScriptEnabled: isJavaScriptEnabled, viewport: { width: 375, height: 800 } });

    for (const language of ["fi", "sv"] as const) {
      const t = T[language];
      test(`an ineligible answer shows the exit page and the form cannot be sent (${language})`, async ({
        page,
      }) => {
        await page.goto(`${path}/step/who${t.query}`);
        // The step number has no total that could change when an answer adds a page.
        await expect(page.locator("main .caption")).toHaveText(new RegExp(`, ${t.step}$`));
        await answer(page, t.resident, t.no);
        await page.getByRole("button", { name: t.continue, exact: true }).click();

        await expect(page.getByRole("heading", { level: 1, name: t.exitTitle })).toBeVisible();
        await expect(page).toHaveURL(new RegExp(`${path}/exit`));
        await expect(page.locator("main a[href^='https://www.suomi.fi']")).toBeVisible();
        await expectNoHorizontalScroll(page);
        if (isJavaScriptEnabled) await expectNoAxeViolations(page);
        await page.screenshot({
          path: `test-results/screenshots/exit-page-${language}-js-${js}.png`,
          fullPage: true,
        });

        // The check page and a direct post of it both lead back here; nothing is created or sent.
        const before = await submissionCount();
        await page.goto(`${path}/check${t.query}`);
        await expect(page.getByRole("heading", { level: 1, name: t.exitTitle })).toBeVisible();
        const posted = await page.request.post(`${path}/check${t.query}`, {
          headers: { origin: E2E_APP_URL },
          form: {},
          maxRedirects: 0,
        });
        expect(posted.status()).toBe(303);
        expect(posted.headers()["location"]).toContain(`${path}/exit`);
        expect(await submissionCount()).toBe(before);

        // Changing the answer lets the form go on.
        await page.getByRole("link", { name: t.change }).click();
        await answer(page, t.resident, t.yes);
        await page.getByRole("button", { name: t.continue, exact: true }).click();
        await expect(
          page.getByRole("heading", { level: 1, name: T[language] === T.fi ? "Harrastus" : "Hobby" }),
        ).toBeVisible();
      });

      test(`a question revealed by an answer (${language})`, async ({ page }) => {
        await page.goto(`${path}/step/who${t.query}`);
        await answer(page, t.resident, t.yes);
        await answer(page, t.moved, t.yes);
        if (isJavaScriptEnabled) {
          // With the script the question appears at once, and there is nothing to announce.
          await expect(page.getByLabel(t.formerHome)).toBeVisible();
          return;
        }
        await expect(page.getByLabel(t.formerHome)).toBeHidden();
        await page.getByRole("button", { name: t.continue, exact: true }).click();
        await expect(page.getByRole("status").getByRole("heading", { name: t.notice })).toBeVisible();
        await expect(page.locator("[data-error-summary]")).toHaveCount(0);
        await expect(page.getByLabel(t.formerHome)).toBeVisible();
        await expect(page.getByLabel(t.formerHome)).not.toHaveAttribute("aria-invalid", "true");
        await expectNoHorizontalScroll(page);
        await page.screenshot({
          path: `test-results/screenshots/revealed-notice-${language}-js-${js}.png`,
          fullPage: true,
        });
        // Answered, the page moves on.
        await page.getByLabel(t.formerHome).fill("Esimerkkilä");
        await page.getByRole("button", { name: t.continue, exact: true }).click();
        await expect(page.locator("main .caption")).toHaveText(/ (Vaihe|Steg) 2$/);
      });
    }

    test("a Swedish citizen is identified and comes back from Suomi.fi in Swedish", async ({ page }) => {
      test.setTimeout(120_000);
      const t = T.sv;
      await page.goto(`${path}/step/who${t.query}`);
      await answer(page, t.resident, t.yes);
      await answer(page, t.moved, t.no);
      await page.getByRole("button", { name: t.continue, exact: true }).click();
      await page.getByLabel("Hobby", { exact: true }).fill("Simning");
      await page.getByRole("button", { name: t.continue, exact: true }).click();
      await page.getByRole("button", { name: "Godkänn och skicka" }).click();
      if (!isJavaScriptEnabled) await page.getByRole("button", { name: "Fortsätt till Suomi.fi" }).click();

      // The sandbox's identification speaks Swedish too; cancelling there returns to a Swedish page.
      await expect(page.getByRole("heading", { level: 1, name: "Testidentifiering" })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "sv");
      await page.locator('button[name="action"][value="cancel"]').click();
      await expect(page.getByRole("heading", { level: 1, name: "Du avbröt skickandet" })).toBeVisible();
      await expect(page.locator("html")).toHaveAttribute("lang", "sv");
      expect(new URL(page.url()).searchParams.get("lang")).toBe("sv");
      if (isJavaScriptEnabled) await expectNoAxeViolations(page);

      // Sending again and identifying ends on the Swedish thank-you page.
      await page.getByRole("button", { name: "Skicka på nytt" }).click();
      if (!isJavaScriptEnabled) await page.getByRole("button", { name: "Fortsätt till Suomi.fi" }).click();
      await page.locator(`input[name="hetu"][value="${TEST_PERSON}"]`).check();
      await page.locator('button[name="action"][value="identify"]').click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Tack, blanketten har skickats" }),
      ).toBeVisible();
      await page.screenshot({ path: `test-results/screenshots/return-sv-js-${js}.png`, fullPage: true });
    });
  });
}
