import { expect, test } from "@playwright/test";
import { generate } from "otplib";
import { createOrganisationOwner, signIn, uniqueEmail } from "./support/admin";

const PASSWORD = "Kaksivaihe-omistaja-2026";
const code = (secret: string, offsetSeconds = 0) =>
  generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

test("an owner requires two-factor sign-in, is sent to enrol, and then signs in with a code that cannot be replayed", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("kaksivaihe");
  const slug = `kaksivaihe-${Date.now().toString(36)}`;
  createOrganisationOwner(slug, email, PASSWORD);
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Etusivu" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: /päävalikko|navigation/i });
  // Account settings sit in the page header beside the signed-in address, not in the main menu.
  await expect(nav.getByRole("link", { name: "Kirjautumisen turvallisuus" })).toHaveCount(0);
  await expect(
    page.getByRole("banner").getByRole("link", { name: "Kirjautumisen turvallisuus" }),
  ).toHaveAttribute("href", "/admin/account/security");

  // The owner requires it on the members page ...
  await nav.getByRole("link", { name: "Käyttäjät" }).click();
  await page.getByLabel("Edellytä kaksivaiheista tunnistautumista kaikilta käyttäjiltä").check();
  await page.getByRole("button", { name: "Tallenna vaatimus" }).click();
  // ... and, not having it yet, is sent straight to set it up, from every admin page.
  await expect(page).toHaveURL(/\/admin\/account\/security$/);
  await page.goto("/admin/forms");
  await expect(page).toHaveURL(/\/admin\/account\/security$/);
  await expect(page.getByText(/edellyttää kaksivaiheista tunnistautumista/)).toBeVisible();
  await page.getByRole("button", { name: "Ota käyttöön" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("Kuusinumeroinen koodi").fill("000000");
  await page.getByRole("button", { name: "Vahvista ja ota käyttöön" }).click();
  await expect(page.getByText("Koodi on väärä tai vanhentunut.", { exact: false }).first()).toBeVisible();
  const enrolmentCode = await code(secret);
  await page.getByLabel("Kuusinumeroinen koodi").fill(enrolmentCode);
  await page.getByRole("button", { name: "Vahvista ja ota käyttöön" }).click();
  await expect(page.getByText("Kaksivaiheinen tunnistautuminen on käytössä.").first()).toBeVisible();
  await page.goto("/admin/forms");
  await expect(page).toHaveURL(/\/admin\/forms$/);
  await page.screenshot({ path: "test-results/screenshots/two-factor-enabled.png", fullPage: true });

  // A new browser: the password alone is not enough, and the code already used is refused.
  const context = await browser.newContext();
  const second = await context.newPage();
  await signIn(second, email, PASSWORD);
  const codeField = second.getByLabel("Todennuskoodi");
  await expect(codeField).toBeVisible();
  await expect(second).toHaveURL(/\/admin\/sign-in/);
  await codeField.fill(enrolmentCode);
  await second.getByRole("button", { name: "Kirjaudu", exact: true }).click();
  await expect(second.getByTestId("sign-in-error")).toBeVisible();
  await expect(second).toHaveURL(/\/admin\/sign-in/);

  // The next code from the app (the next 30-second step) lets them in.
  const next = await code(secret, 30);
  await expect.poll(async () => code(secret), { timeout: 35_000, intervals: [1000] }).toBe(next);
  await codeField.fill(next);
  await second.getByRole("button", { name: "Kirjaudu", exact: true }).click();
  await expect(second.getByRole("heading", { level: 1, name: "Etusivu" })).toBeVisible();
  await context.close();
});
