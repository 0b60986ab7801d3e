import { expect, test } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";

// Phone-sized screenshots of the admin pages for people to look at (test-results/screenshots/).
test.use({ viewport: { width: 390, height: 844 } });

test("admin pages fit a phone screen", async ({ page }) => {
  await page.goto("/admin/sign-in");
  await page.screenshot({ path: "test-results/screenshots/admin-sign-in.png", fullPage: true });
  await signInAsDemoOwner(page);
  await page.screenshot({ path: "test-results/screenshots/admin-dashboard.png", fullPage: true });
  await page.goto("/admin/members");
  await page.screenshot({ path: "test-results/screenshots/admin-members.png", fullPage: true });
  await page.goto("/admin/audit");
  await page.screenshot({ path: "test-results/screenshots/admin-audit.png", fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
