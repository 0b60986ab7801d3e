import { expect, test } from "@playwright/test";
import { DEMO_OWNER, signIn, signInAsDemoOwner } from "./support/admin";

test("the admin area asks for sign-in, and the demo owner reaches the dashboard and signs out", async ({
  page,
}) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kirjaudu Lomakkeen ylläpitoon");

  await signInAsDemoOwner(page);
  await expect(page.getByText("Demokunta").first()).toBeVisible();
  const forms = page.getByRole("region", { name: "Lomakkeet" });
  await expect(forms.getByRole("link", { name: "Vahingonkorvausvaatimus" })).toBeVisible();
  await expect(forms.getByText("Avoinna").first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Kaikki lomakkeet (3)" })).toBeVisible();

  await page.getByRole("button", { name: "Kirjaudu ulos" }).click();
  await expect(page.getByText("Olet kirjautunut ulos.")).toBeVisible();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
});

test("a wrong password shows a clear error that does not say whether the e-mail exists", async ({ page }) => {
  await signIn(page, DEMO_OWNER.email, "not-the-password");
  const error = page.getByTestId("sign-in-error");
  await expect(error).toHaveText("Sähköpostiosoite tai salasana on väärin. Tarkista ne ja yritä uudelleen.");
  await signIn(page, "nobody@example.fi", "not-the-password");
  await expect(page.getByTestId("sign-in-error")).toHaveText(
    "Sähköpostiosoite tai salasana on väärin. Tarkista ne ja yritä uudelleen.",
  );
  await expect(page).toHaveURL(/\/admin\/sign-in/);
});

test("the admin interface speaks Swedish and English too", async ({ page }) => {
  await page.goto("/admin/sign-in");
  await page.getByRole("button", { name: "På svenska" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  await expect(page.getByRole("button", { name: "Logga in", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "In English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Suomeksi" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fi");
});
