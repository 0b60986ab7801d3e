import { expect, type Page } from "@playwright/test";

/** Creates a blank form through the forms list and returns its id (the builder opens). */
export async function createBlankForm(page: Page, title: string, slug: string): Promise<string> {
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
export async function canvasOrder(page: Page): Promise<string[][]> {
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
export async function tabUntil(
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
