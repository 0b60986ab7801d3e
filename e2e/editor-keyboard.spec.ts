import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";
import { canvasOrder, createBlankForm, tabUntil } from "./support/form-editor";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

test("an element is added, configured and moved with the keyboard alone", async ({ page }) => {
  await signInAsDemoOwner(page);
  await createBlankForm(page, "Näppäimistö", `e2e-nappaimisto-${Date.now().toString(36)}`);
  await page.locator("body").focus();

  await tabUntil(page, (focused) => focused.startsWith("Lisää Lyhyt teksti|"));
  await page.keyboard.press("Enter");
  await expect(page.locator("#element-label")).toBeFocused();

  await tabUntil(page, (focused) => focused.startsWith("Lisää Sähköposti|"), true);
  await page.keyboard.press("Enter");
  await expect(page.locator("#element-label")).toBeFocused();
  await page.keyboard.press("Control+A");
  await page.keyboard.type("Sähköpostiosoite");
  await tabUntil(page, (focused) => focused.includes("|element-required|"));
  await page.keyboard.press("Space");
  await expect(page.locator("[data-element-name='email1']")).toContainText("Sähköpostiosoite *");
  expect(await canvasOrder(page)).toEqual([["shortText1", "email1"]]);

  await tabUntil(page, (focused) => focused.startsWith("Siirrä ylös: Sähköpostiosoite|"), true);
  await page.keyboard.press("Enter");
  expect(await canvasOrder(page)).toEqual([["email1", "shortText1"]]);

  // Undo from the keyboard shortcut brings the order back.
  await page.locator("body").focus();
  await page.keyboard.press("Control+Z");
  expect(await canvasOrder(page)).toEqual([["shortText1", "email1"]]);
});

test("the forms list and the builder have no axe violations", async ({ page }) => {
  await signInAsDemoOwner(page);
  await page.goto("/admin/forms");
  const list = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(list.violations).toEqual([]);

  await page.getByRole("link", { name: "Vahingonkorvausvaatimus", exact: true }).click();
  await page.waitForURL(/\/edit$/);
  await page.locator("[data-element-name] button[aria-pressed]").first().click();
  for (const tab of ["Rakenne", "Käännökset", "Esikatselu", "Tarkistukset", "Julkaisu", "Tuonti ja vienti"]) {
    await page.getByRole("button", { name: new RegExp(`^${tab}`) }).click();
    const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(
      results.violations.map((violation) => `${tab}: ${violation.id} ${violation.nodes[0]?.target}`),
    ).toEqual([]);
  }
});
