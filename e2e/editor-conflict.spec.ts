import { expect, test } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";

test("when two editors change the same draft, the second save is refused with a clear message", async ({
  page,
  context,
}) => {
  const slug = `e2e-kaksi-${Date.now().toString(36)}`;
  await signInAsDemoOwner(page);
  await page.goto("/admin/forms/new");
  await page.getByLabel("Lomakkeen nimi").fill("Kaksi muokkaajaa");
  await page.getByLabel("Verkko-osoite").fill(slug);
  await page.getByLabel(/Malli: Todistusjäljennöspyyntö/).check();
  await page.getByRole("button", { name: "Luo lomake" }).click();
  await page.waitForURL(/\/edit$/);
  const second = await context.newPage();
  await second.goto(page.url());

  await page.locator("[data-element-name] button[aria-pressed]").first().click();
  await page.getByLabel("Kysymys tai otsikko (suomi)").fill("Ensimmäisen muokkaajan otsikko");
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

  await second.locator("[data-element-name] button[aria-pressed]").first().click();
  await second.getByLabel("Kysymys tai otsikko (suomi)").fill("Toisen muokkaajan otsikko");
  await expect(second.getByTestId("save-status")).toHaveAttribute("data-status", "conflict");
  await expect(second.getByRole("alert").filter({ hasText: "Joku muu on tallentanut" })).toBeVisible();

  // Nothing was overwritten: reloading shows the first editor's text.
  await second.getByRole("button", { name: "Lataa uusin luonnos" }).click();
  await expect(second.locator("[data-element-name]").first()).toContainText("Ensimmäisen muokkaajan otsikko");
});
