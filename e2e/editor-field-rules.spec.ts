// The editor's rules between fields: "end date not before the start date" with its own message, a
// contradiction that blocks publishing with a message an editor understands.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";

test("an editor adds a rule between two dates with its own message; a contradiction blocks publishing", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const slug = `e2e-saannot-${Date.now().toString(36)}`;
  await signInAsDemoOwner(page);
  await page.goto("/admin/forms");
  await page.getByRole("link", { name: "Uusi lomake" }).click();
  await page.getByLabel("Lomakkeen nimi").fill("Sääntötesti");
  await page.getByLabel("Verkko-osoite").fill(slug);
  await page.getByRole("button", { name: "Luo lomake" }).click();
  await page.waitForURL(/\/admin\/forms\/[0-9a-f-]+\/edit$/);
  await expect(page.getByTestId("save-status")).toBeVisible();

  await page.getByRole("button", { name: "Lisää Päivämäärä", exact: true }).click();
  await page.getByRole("button", { name: "Lisää Päivämäärä", exact: true }).click();
  await page.locator("[data-element-name='date2'] button[aria-pressed]").click();
  const rules = page.locator("section[aria-labelledby='field-rules-title']");
  await expect(rules.getByRole("heading", { name: "Säännöt ja virheviestit" })).toBeVisible();
  await rules.getByRole("button", { name: "+ Vertaa toiseen kenttään" }).click();
  await expect(page.locator("#field-rule-0-operator")).toHaveValue("greaterOrEqual");
  await expect(page.locator("#field-rule-0-field")).toHaveValue("date1");
  await page.locator("#field-rule-0-message-fi").fill("Loppu ei voi olla ennen alkua.");
  const results = await new AxeBuilder({ page })
    .include("section[aria-labelledby='field-rules-title']")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await page.screenshot({ path: "test-results/screenshots/editor-field-rules.png", fullPage: true });

  // A second rule "later than" with "not later or equal" can never hold: publishing is blocked.
  await rules.getByRole("button", { name: "+ Vertaa toiseen kenttään" }).click();
  await page.locator("#field-rule-1-operator").selectOption("lessThan");
  await page.getByRole("button", { name: "Julkaisu" }).click();
  await expect(page.getByTestId("publish-blockers")).toContainText(
    "Kentän ”date2” säännöt kentän ”date1” kanssa ovat ristiriidassa",
  );
  await expect(page.getByRole("button", { name: "Julkaise lomake" })).toBeDisabled();
});
