// Zero axe violations (WCAG 2.1 A/AA) on the citizen pages in Finnish, Swedish and English, also with errors;
// a keyboard-only start; 320 px width; phone-sized screenshots to look at.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { CLAIM_PATH, continueStep, fillWholeClaim, identifyOnSandbox, TEST_PERSON } from "./support/citizen";

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

for (const language of ["fi", "sv", "en"] as const) {
  test(`citizen pages have no axe violations (${language})`, async ({ page }) => {
    const query = language === "fi" ? "" : `?lang=${language}`;
    for (const path of ["/f/demo", CLAIM_PATH, `${CLAIM_PATH}/privacy`, "/f/accessibility"]) {
      await page.goto(`${path}${query}`);
      await expectNoAxeViolations(page);
    }
    for (const step of ["claimant", "incident", "claim", "confirmation"]) {
      await page.goto(`${CLAIM_PATH}/step/${step}${query}`);
      await expectNoAxeViolations(page);
    }
    await page.goto(`${CLAIM_PATH}/step/claimant${query}`);
    await page.locator("form[data-enhanced-form] button.btn").first().click();
    await expect(page.locator("[data-error-summary]")).toBeVisible();
    await expectNoAxeViolations(page);
  });
}

test("check your answers, hand-off and return pages have no axe violations", async ({ page }) => {
  await fillWholeClaim(page, { isJavaScriptEnabled: true });
  await expectNoAxeViolations(page);
  await page.goto(`${CLAIM_PATH}/save`);
  await expectNoAxeViolations(page);
});

test("keyboard only: start, fill a field, and continue", async ({ page }) => {
  await page.goto(CLAIM_PATH);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Siirry sisältöön" })).toBeFocused();
  const start = page.getByRole("button", { name: "Aloita" });
  for (
    let index = 0;
    index < 15 && !(await start.evaluate((element) => element === document.activeElement));
    index += 1
  ) {
    await page.keyboard.press("Tab");
  }
  await expect(start).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Hakijan tiedot" })).toBeVisible();
  const name = page.getByLabel("Etu- ja sukunimi");
  for (
    let index = 0;
    index < 15 && !(await name.evaluate((element) => element === document.activeElement));
    index += 1
  ) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.type("Tessa Testilä");
  await page.keyboard.press("Enter");
  await expect(page.locator("[data-error-summary]")).toBeFocused();
  await expect(page.getByLabel("Etu- ja sukunimi")).toHaveValue("Tessa Testilä");
});

test.describe("phone-sized screens", () => {
  test.use({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 });

  test("pages fit 320 px without horizontal scrolling; screenshots", async ({ page }) => {
    const fits = async () =>
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.goto(CLAIM_PATH);
    await fits();
    await page.screenshot({ path: "test-results/screenshots/citizen-start.png", fullPage: true });
    await page.goto(`${CLAIM_PATH}/step/claimant`);
    await page.getByLabel("Sähköposti").fill("ei-osoite");
    await continueStep(page);
    await expect(page.locator("[data-error-summary]")).toBeFocused();
    await fits();
    await page.screenshot({ path: "test-results/screenshots/citizen-step-errors.png", fullPage: true });
    await page.context().clearCookies();
    await fillWholeClaim(page, { isJavaScriptEnabled: true });
    await fits();
    await page.screenshot({ path: "test-results/screenshots/citizen-check-answers.png", fullPage: true });
    await page.getByRole("button", { name: "Hyväksy ja lähetä" }).click();
    await identifyOnSandbox(page, TEST_PERSON);
    await expect(page.getByRole("heading", { level: 1, name: "Kiitos, lomake on lähetetty" })).toBeVisible();
    await fits();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/screenshots/citizen-thank-you.png", fullPage: true });
  });
});
