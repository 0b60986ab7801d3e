// Suomi.fi Identification on a form that requires it: the sandbox IdP's test identification, with JavaScript
// off (the POST binding's visible button) and on (auto-submit), in Swedish on a 375 px phone, single logout,
// a forged response refused with what to do, and no axe violations on the new pages (axe needs JavaScript, so
// it runs in the tests with scripts on).
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { CLAIM_PATH, sandboxControl, sql } from "./support/citizen";
import { E2E_SANDBOX_PORT } from "./support/e2e-constants";

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

async function setIdentification(mode: "none" | "required" | "optional") {
  await sql("UPDATE form SET identification = $1 WHERE slug = 'vahingonkorvausvaatimus'", [mode]);
  await new Promise((resolve) => setTimeout(resolve, 5_500)); // the host caches form settings for 5 s
}

const IDP_LOGIN = new RegExp(`127\\.0\\.0\\.1:${E2E_SANDBOX_PORT}/idp/login/`);

test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  await sandboxControl("DELETE", "/idp/faults");
  await setIdentification("required");
});
test.afterAll(async () => {
  await sandboxControl("DELETE", "/idp/faults");
  await setIdentification("none");
});

test("without JavaScript: identify at the sandbox IdP, fill, and log out of both", async ({ browser }) => {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 375, height: 812 },
  });
  const page = await context.newPage();
  await page.goto(CLAIM_PATH);
  await expect(page.getByText("Tämän lomakkeen täyttäminen edellyttää tunnistautumista")).toBeVisible();
  await expect(page.getByRole("button", { name: "Aloita" })).toHaveCount(0);
  // A step address does not let an unidentified person in.
  await page.goto(`${CLAIM_PATH}/step/claimant`);
  await expect(page).toHaveURL(new RegExp(`${CLAIM_PATH}$`));

  await page.getByRole("button", { name: "Tunnistaudu Suomi.fi:ssä" }).click();
  await expect(page).toHaveURL(IDP_LOGIN);
  await expect(page.getByRole("heading", { level: 1, name: "Tunnistaudu" })).toBeVisible();
  await page.getByLabel("Testitunnistaja").check();
  await page.locator('input[name="hetu"][value="010280-952L"]').check();
  await page.getByRole("button", { name: "Tunnistaudu", exact: true }).click();
  // The POST binding without scripts: the person presses the visible button.
  await expect(page.getByRole("heading", { name: "Palataan asiointipalveluun" })).toBeVisible();
  await page.getByRole("button", { name: "Jatka" }).click();

  await expect(page).toHaveURL(new RegExp(`${CLAIM_PATH}$`));
  await expect(page.getByText("Tunnistettu: Tessa Testilä")).toBeVisible();
  await page.getByRole("button", { name: "Aloita" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hakijan tiedot" })).toBeVisible();
  await page.screenshot({ path: "test-results/screenshots/identification-step-375.png", fullPage: true });

  await page.goto(CLAIM_PATH);
  await page.getByRole("button", { name: "Kirjaudu ulos" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Olet kirjautunut ulos" })).toBeVisible();
  const { sessions } = await sandboxControl<{ sessions: { personId: string }[] }>("GET", "/idp/sessions");
  expect(sessions.filter((session) => session.personId === "010280-952L")).toHaveLength(0);
  await page.goto(`${CLAIM_PATH}/step/claimant`);
  await expect(page).toHaveURL(new RegExp(`${CLAIM_PATH}$`));
  await context.close();
});

test("with JavaScript, in Swedish: the IdP speaks Swedish and returns by itself", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`${CLAIM_PATH}?lang=sv`);
  await page.getByRole("button", { name: "Identifiera dig i Suomi.fi" }).click();
  await expect(page).toHaveURL(IDP_LOGIN);
  await expect(page.getByRole("heading", { level: 1, name: "Identifiera dig" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator('input[name="hetu"][value="260991-999R"]').check();
  await page.getByRole("button", { name: "Identifiera dig", exact: true }).click();
  await expect(page.getByText("Identifierad: Ilmari Huhtiistinen")).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${CLAIM_PATH}\\?lang=sv$`));
  await expectNoAxeViolations(page);
});

test("a forged response is refused with what to do, and no session starts", async ({ browser }) => {
  await sandboxControl("POST", "/idp/faults", { fault: "wrong-audience" });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${CLAIM_PATH}?lang=en`);
  await page.getByRole("button", { name: "Identify with Suomi.fi" }).click();
  await page.getByRole("button", { name: "Identify", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Identification did not succeed" })).toBeVisible();
  await expect(page.getByText("Nothing was saved. Start the identification again")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Back to the form" }).click();
  await expect(page.getByRole("button", { name: "Identify with Suomi.fi" })).toBeVisible();
  await context.close();
});
