// Rules between fields: an end date before the start date is refused with the rule's own message in Finnish,
// Swedish and English, with JavaScript on and off, at 375 px, without axe violations; a missing answer gets a
// message that names the field; a corrected date moves on to the next page.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { sql } from "./support/citizen";

const slug = `rules-${Date.now().toString(36)}`;
const path = `/f/demo/${slug}`;

const RULE_MESSAGE = {
  fi: "Päättymispäivä ei voi olla ennen alkamispäivää.",
  sv: "Slutdatumet kan inte vara före startdatumet.",
  en: "The end date cannot be before the start date.",
} as const;
const LABELS = {
  fi: ["Alkamispäivä", "Päättymispäivä"],
  sv: ["Startdatum", "Slutdatum"],
  en: ["Start date", "End date"],
} as const;
const CONTINUE = { fi: "Jatka", sv: "Fortsätt", en: "Continue" } as const;

const definition = {
  schemaVersion: 1,
  languages: ["fi", "sv", "en"],
  title: { fi: "Loma-ajan ilmoitus", sv: "Anmälan om semester", en: "Holiday notice" },
  pages: [
    {
      id: "period",
      title: { fi: "Ajanjakso", sv: "Period", en: "Period" },
      elements: [
        {
          type: "date",
          key: "from",
          label: { fi: "Alkamispäivä", sv: "Startdatum", en: "Start date" },
          required: true,
        },
        {
          type: "date",
          key: "to",
          label: { fi: "Päättymispäivä", sv: "Slutdatum", en: "End date" },
          required: true,
          rules: [{ kind: "compare", operator: "greaterOrEqual", field: "from", message: RULE_MESSAGE }],
        },
      ],
    },
    {
      id: "details",
      title: { fi: "Lisätiedot", sv: "Tilläggsuppgifter", en: "More details" },
      elements: [{ type: "shortText", key: "note", label: { fi: "Huomio", sv: "Anmärkning", en: "Note" } }],
    },
  ],
};

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
});

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

for (const isJavaScriptEnabled of [true, false]) {
  test.describe(`rules between fields with JavaScript ${isJavaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled: isJavaScriptEnabled, viewport: { width: 375, height: 800 } });

    test("'to' before 'from' is refused with the rule's message in fi, sv and en", async ({ page }) => {
      test.setTimeout(180_000);
      for (const language of ["fi", "sv", "en"] as const) {
        const [fromLabel, toLabel] = LABELS[language];
        await page.goto(`${path}/step/period${language === "fi" ? "" : `?lang=${language}`}`);
        await page.getByLabel(fromLabel, { exact: true }).fill("10.5.2026");
        await page.getByLabel(toLabel, { exact: true }).fill("9.5.2026");
        await page.getByRole("button", { name: CONTINUE[language], exact: true }).click();

        const summary = page.locator("[data-error-summary]");
        await expect(
          summary.getByRole("link", { name: `${toLabel}: ${RULE_MESSAGE[language]}` }),
        ).toHaveAttribute("href", "#to");
        await expect(summary.getByRole("link")).toHaveCount(1);
        await expect(page.getByLabel(toLabel, { exact: true })).toHaveAttribute("aria-invalid", "true");
        await expect(page.getByLabel(toLabel, { exact: true })).toHaveValue("9.5.2026");
        // The message sits at the field too, not only in the summary.
        await expect(page.locator("main").getByText(RULE_MESSAGE[language])).toHaveCount(2);
        const hasOverflow = await page.evaluate(
          () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
        );
        expect(hasOverflow).toBe(false);
        // axe runs as a script in the page, so only with JavaScript on (the markup is the same either way).
        if (isJavaScriptEnabled) await expectNoAxeViolations(page);
        await page.screenshot({
          path: `test-results/screenshots/field-rule-${language}-js-${isJavaScriptEnabled ? "on" : "off"}.png`,
          fullPage: true,
        });
      }
    });

    test("a missing date is asked for by name, and a corrected end date moves on", async ({ page }) => {
      await page.goto(`${path}/step/period`);
      await page.getByLabel("Päättymispäivä", { exact: true }).fill("31.2.2026");
      await page.getByRole("button", { name: "Jatka", exact: true }).click();
      const summary = page.locator("[data-error-summary]");
      await expect(summary.getByRole("link", { name: "Alkamispäivä: Anna alkamispäivä." })).toBeVisible();
      await expect(
        summary.getByRole("link", {
          name: "Päättymispäivä: Päivämäärää 31.2.2026 ei ole olemassa. Tarkista päivä ja kuukausi.",
        }),
      ).toBeVisible();

      await page.getByLabel("Alkamispäivä", { exact: true }).fill("10.5.2026");
      await page.getByLabel("Päättymispäivä", { exact: true }).fill("10.5.2026");
      await page.getByRole("button", { name: "Jatka", exact: true }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Lisätiedot" })).toBeVisible();
    });
  });
}
