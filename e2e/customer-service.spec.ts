// Customer service end to end: a member with the customer-service role finds a submission by the reference a
// citizen reads out (written loosely), sees its state and deliveries, and nothing else — in Finnish, Swedish and
// English, on a 320 px screen, with no axe violations.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createOrganisationOwner, signIn } from "./support/admin";
import { insertDeliveredClaim, sql } from "./support/citizen";
import { E2E_APP_URL } from "./support/e2e-constants";

const TEXTS = {
  fi: {
    nav: "Asiakaspalvelu",
    reference: "Viitenumero",
    search: "Hae",
    delivered: "Toimitettu",
    notFound: "Sivua ei löytynyt",
  },
  sv: {
    nav: "Kundtjänst",
    reference: "Referensnummer",
    search: "Sök",
    delivered: "Levererad",
    notFound: "Sidan hittades inte",
  },
  en: {
    nav: "Customer service",
    reference: "Reference",
    search: "Search",
    delivered: "Delivered",
    notFound: "Page not found",
  },
} as const;

const PASSWORD = "Asiakaspalvelu-salasana-2026";

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

test.use({ viewport: { width: 320, height: 640 } });

for (const language of ["fi", "sv", "en"] as const) {
  test(`customer service finds a submission by its reference and sees no contents (${language}, 320 px)`, async ({
    page,
    context,
  }) => {
    const t = TEXTS[language];
    const suffix = `${language}${Date.now()}`;
    const email = `asiakaspalvelu-${suffix}@example.fi`;
    createOrganisationOwner(`cs-${suffix}`, email, PASSWORD);
    // The person works for the demo municipality as customer service.
    await sql(
      `UPDATE membership SET role = 'customer_service',
         organization_id = (SELECT id FROM organization WHERE slug = 'demo')
       WHERE user_id = (SELECT id FROM app_user WHERE email = $1)`,
      [email],
    );
    const ref = await insertDeliveredClaim();
    await signIn(page, email, PASSWORD);
    await expect(page.getByRole("heading", { level: 1, name: "Etusivu" })).toBeVisible();
    await context.addCookies([{ name: "lomake-locale", value: language, url: E2E_APP_URL }]);
    await page.goto("/admin");
    const nav = page.getByRole("navigation").last();
    await nav.getByRole("link", { name: t.nav }).click();
    await expect(page).toHaveURL(/\/admin\/lookup$/);
    await page.getByLabel(t.reference).fill(ref.toLowerCase().replaceAll("-", " "));
    await page.getByRole("button", { name: t.search, exact: true }).click();
    const result = page.getByTestId("lookup-result");
    await expect(result.locator("#lookup-result-title")).toContainText(ref);
    await expect(result.getByTestId("lookup-status")).toHaveText(t.delivered);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(1);
    await expectNoAxeViolations(page);
    await page.screenshot({
      path: `test-results/screenshots/customer-service-320-${language}.png`,
      fullPage: true,
    });

    // Nothing more: no work view, no submission page, no inbox.
    const [row] = await sql<{ id: string }>("SELECT id FROM submission WHERE reference = $1", [ref]);
    // …and an address no page has: the same not-found page, inside the admin frame with its navigation.
    for (const path of [
      "/admin/submissions",
      `/admin/submissions/${row!.id}`,
      "/admin/inbox",
      "/admin/ei-sivua",
    ]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: t.notFound })).toBeVisible();
      await expect(page.getByRole("navigation").last().getByRole("link", { name: t.nav })).toBeVisible();
    }
  });
}
