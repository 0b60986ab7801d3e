import { expect, test } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";

// Phone-sized screenshots of the admin pages for people to look at (test-results/screenshots/), and no page
// may scroll sideways on a phone.
test.use({ viewport: { width: 390, height: 844 } });

const PAGES = [
  ["dashboard", "/admin"],
  ["forms", "/admin/forms"],
  ["members", "/admin/members"],
  ["audit", "/admin/audit"],
  ["suomifi", "/admin/settings/suomifi"],
  ["delivery", "/admin/delivery"],
  ["submissions", "/admin/submissions"],
  ["exports", "/admin/exports"],
  ["security", "/admin/account/security"],
] as const;

test("admin pages fit a phone screen", async ({ page }) => {
  await page.goto("/admin/sign-in");
  await page.screenshot({ path: "test-results/screenshots/admin-sign-in.png", fullPage: true });
  await signInAsDemoOwner(page);
  for (const [name, path] of PAGES) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("h1")).toBeVisible();
    await page.screenshot({ path: `test-results/screenshots/admin-${name}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test("the dashboard on a desktop screen", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInAsDemoOwner(page);
  await page.screenshot({ path: "test-results/screenshots/admin-dashboard-desktop.png", fullPage: true });
  await expect(page.getByRole("heading", { name: "Tilanne" })).toBeVisible();
});
