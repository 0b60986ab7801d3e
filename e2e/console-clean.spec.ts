// A citizen's journey and the sandbox make no console errors and no failed requests (a missing favicon made two
// per journey): what the browser reports is what a person's browser reports.
import { expect, test, type Page } from "@playwright/test";
import { CLAIM_PATH, TEST_PERSON } from "./support/citizen";
import { E2E_SANDBOX_URL } from "./support/e2e-constants";

function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  return problems;
}

test("the claim's start page and first step, and the sandbox mailbox, load cleanly with their icons", async ({
  page,
}) => {
  const problems = watch(page);
  await page.goto(CLAIM_PATH);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", "/assets/favicon.svg");
  await page
    .getByRole("link", { name: "Aloita", exact: true })
    .or(page.getByRole("button", { name: "Aloita", exact: true }))
    .first()
    .click();
  await expect(page.locator("form").first()).toBeVisible();
  await page.goto(`${E2E_SANDBOX_URL}/mailbox?person=${TEST_PERSON}`);
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /^data:image\/svg\+xml,/);
  // Let the browser ask for its icons before judging.
  await page.waitForLoadState("networkidle");
  expect(problems).toEqual([]);
});
