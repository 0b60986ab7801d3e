// The organisation finds its citizens' submissions from the admin navigation.
import { expect, test } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";

test("the admin navigation links to the submissions list", async ({ page }) => {
  await signInAsDemoOwner(page);
  await page.getByRole("navigation").getByRole("link", { name: "Lähetykset" }).click();
  await expect(page).toHaveURL(/\/admin\/submissions$/);
  await expect(page.getByRole("heading", { level: 1, name: "Lähetykset" })).toBeVisible();
});
