// The editor's exit pages and stop rules: an exit page and a rule "when the answer is no, end the form there";
// a rule whose exit page was removed blocks publishing with a message an editor understands.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";

test("an editor adds an exit page and a stop rule; a rule left without its page blocks publishing", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const slug = `e2e-lopetus-${Date.now().toString(36)}`;
  await signInAsDemoOwner(page);
  await page.goto("/admin/forms");
  await page.getByRole("link", { name: "Uusi lomake" }).click();
  await page.getByLabel("Lomakkeen nimi").fill("Lopetustesti");
  await page.getByLabel("Verkko-osoite").fill(slug);
  await page.getByRole("button", { name: "Luo lomake" }).click();
  await page.waitForURL(/\/admin\/forms\/[0-9a-f-]+\/edit$/);
  await expect(page.getByTestId("save-status")).toBeVisible();

  await page.getByRole("button", { name: "Lisää Kyllä/ei", exact: true }).click();
  await page.getByRole("button", { name: /Lomakkeen tiedot/ }).click();
  const panel = page.locator("section[aria-labelledby='exit-pages-title']");
  await expect(panel.getByRole("heading", { name: "Lopetussivut ja lopetussäännöt" })).toBeVisible();
  await expect(panel.getByRole("button", { name: "Lisää lopetussääntö" })).toBeDisabled();

  await panel.getByRole("button", { name: "Lisää lopetussivu" }).click();
  await expect(panel.getByLabel("Lopetussivun 1 otsikko")).toHaveValue("Et voi käyttää tätä lomaketta");
  await panel
    .getByLabel("Teksti", { exact: true })
    .fill("Tuki on vain kunnan asukkaille. Hae tukea omasta kunnastasi.");
  await panel.getByRole("button", { name: "Lisää lopetussääntö" }).click();
  await expect(panel.getByTestId("stop-rule-summary-0")).toContainText(
    "lomake päättyy sivulle ”Et voi käyttää tätä lomaketta”",
  );
  await expect(panel.getByLabel("Päätä lomake sivulle")).toHaveValue("exit1");

  const results = await new AxeBuilder({ page })
    .include("section[aria-labelledby='exit-pages-title']")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await page.screenshot({ path: "test-results/screenshots/editor-exit-pages.png", fullPage: true });

  await page.getByRole("button", { name: "Julkaisu" }).click();
  await expect(page.getByTestId("publish-blockers")).not.toContainText("Lopetussääntö");

  // Removing the exit page leaves the rule pointing nowhere: publishing waits until the editor fixes it.
  await page.getByRole("button", { name: "Rakenne" }).click();
  await page.getByRole("button", { name: /Lomakkeen tiedot/ }).click();
  await panel.getByRole("button", { name: "Poista lopetussivu ”Et voi käyttää tätä lomaketta”" }).click();
  await expect(panel.getByLabel("Päätä lomake sivulle")).toHaveValue("exit1");
  await page.getByRole("button", { name: "Julkaisu" }).click();
  await expect(page.getByTestId("publish-blockers")).toContainText(
    "Lopetussääntö 1 päättää lomakkeen lopetussivulle ”exit1”, jota ei ole.",
  );
  await expect(page.getByRole("button", { name: "Julkaise lomake" })).toBeDisabled();
});
