import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";

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

/** Creates a blank form through the forms list and returns its id (the builder opens). */
async function createBlankForm(page: Page, title: string, slug: string): Promise<string> {
  await page.goto("/admin/forms");
  await page.getByRole("link", { name: "Uusi lomake" }).click();
  await page.getByLabel("Lomakkeen nimi").fill(title);
  await page.getByLabel("Verkko-osoite").fill(slug);
  await page.getByRole("button", { name: "Luo lomake" }).click();
  await page.waitForURL(/\/admin\/forms\/[0-9a-f-]+\/edit$/);
  await expect(page.getByTestId("save-status")).toBeVisible();
  return page.url().split("/").at(-2)!;
}

/** Element keys on the canvas, page by page. */
async function canvasOrder(page: Page): Promise<string[][]> {
  return page
    .locator("section[data-page-index]")
    .evaluateAll((pages) =>
      pages.map((section) =>
        [...section.querySelectorAll(":scope > ol > li > [data-element-name]")].map(
          (node) => node.getAttribute("data-element-name") ?? "",
        ),
      ),
    );
}

/** Presses Tab (or Shift+Tab) until the focused element matches, like a keyboard user would. */
async function tabUntil(
  page: Page,
  matches: (description: string) => boolean,
  backwards = false,
  limit = 120,
): Promise<void> {
  for (let step = 0; step < limit; step += 1) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    const description = await page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      return `${active?.getAttribute("aria-label") ?? ""}|${active?.id ?? ""}|${active?.textContent?.trim() ?? ""}`;
    });
    if (matches(description)) return;
  }
  throw new Error("Focus never reached the wanted control");
}
