import { expect, test, type Browser, type Page } from "@playwright/test";
import { signIn, signInAsDemoOwner, uniqueEmail } from "./support/admin";

async function inviteFromMembersPage(page: Page, email: string, roleLabel: string): Promise<string> {
  await page.getByRole("link", { name: "Käyttäjät" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Käyttäjät" })).toBeVisible();
  await page.getByLabel("Sähköposti", { exact: true }).fill(email);
  await page.getByRole("radio", { name: new RegExp(`^${roleLabel}`) }).check();
  await page.getByRole("button", { name: "Lähetä kutsu" }).click();
  const link = page.getByTestId("invitation-link");
  await expect(link).toBeVisible();
  return (await link.textContent())!.trim();
}

async function acceptInvitation(browser: Browser, link: string, name: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Liity organisaatioon Demokunta");
  await page.getByLabel("Nimi").fill(name);
  await page.getByLabel("Salasana", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Luo tunnus ja liity" }).click();
  await expect(page.getByText("Tervetuloa! Kirjaudu juuri antamallasi salasanalla.")).toBeVisible();
  return { context, page };
}

test("an owner invites an editor, who joins, signs in and cannot manage members", async ({
  page,
  browser,
}) => {
  await signInAsDemoOwner(page);
  const email = uniqueEmail("laatija");
  const link = await inviteFromMembersPage(page, email, "Laatija");
  await expect(page.getByText(email, { exact: true })).toBeVisible(); // listed under open invitations

  const editor = await acceptInvitation(browser, link, "Eeva Editori", "editorin pitkä salasana");
  await signIn(editor.page, email, "editorin pitkä salasana");
  await expect(editor.page.getByText("Roolisi organisaatiossa Demokunta: Laatija")).toBeVisible();
  await expect(editor.page.getByRole("link", { name: "Käyttäjät" })).toHaveCount(0);
  const response = await editor.page.goto("/admin/members");
  expect(response?.status()).toBe(404);
  await expect(editor.page.getByRole("heading", { name: "Sivua ei löytynyt" })).toBeVisible();

  // The invitation link works once.
  const reuse = await browser.newPage();
  await reuse.goto(link);
  await expect(reuse.getByRole("heading", { level: 1 })).toHaveText("Kutsu ei ole voimassa");
  await editor.context.close();
});

test("an owner changes a member's role and removes the member, whose session ends at once", async ({
  page,
  browser,
}) => {
  await signInAsDemoOwner(page);
  const email = uniqueEmail("kasittelija");
  const link = await inviteFromMembersPage(page, email, "Käsittelijä");
  const member = await acceptInvitation(browser, link, "Kalle Käsittelijä", "käsittelijän pitkä salasana");
  await signIn(member.page, email, "käsittelijän pitkä salasana");
  await expect(member.page.getByText("Roolisi organisaatiossa Demokunta: Käsittelijä")).toBeVisible();

  await page.reload();
  const row = page.locator(`[data-testid="member-row"][data-email="${email}"]`);
  await row.getByRole("combobox").selectOption({ label: "Katselija" });
  await row.getByRole("button", { name: /Vaihda rooli/ }).click();
  await expect(row.getByText("Rooli vaihdettu.")).toBeVisible();

  await row.getByRole("button", { name: /Poista/ }).click();
  await row.getByRole("button", { name: "Poista", exact: true }).click();
  await expect(page.locator(`[data-testid="member-row"][data-email="${email}"]`)).toHaveCount(0);

  await member.page.goto("/admin");
  await expect(member.page).toHaveURL(/\/admin\/sign-in/);
  await signIn(member.page, email, "käsittelijän pitkä salasana");
  await expect(member.page).toHaveURL(/\/admin\/sign-in/);
  await member.context.close();

  await page.getByRole("link", { name: "Tapahtumaloki" }).click();
  const table = page.getByTestId("audit-table");
  await expect(table.getByText("Rooli vaihdettu").first()).toBeVisible();
  await expect(table.getByText("Käyttäjä poistettu").first()).toBeVisible();
  await page.getByLabel("Tapahtuma").selectOption({ label: "Käyttäjä poistettu" });
  await page.getByRole("button", { name: "Suodata" }).click();
  await expect(table.locator("tbody tr")).not.toHaveCount(0);
  await expect(table.getByText("Kirjautuminen", { exact: true })).toHaveCount(0);
});

test("a forgotten password is reset with a one-time link", async ({ page, browser }) => {
  await signInAsDemoOwner(page);
  const email = uniqueEmail("unohtaja");
  const link = await inviteFromMembersPage(page, email, "Katselija");
  const member = await acceptInvitation(browser, link, "Ulla Unohtaja", "alkuperäinen salasana");
  const forgetful = member.page;
  await forgetful.goto("/admin/sign-in");
  await forgetful.getByRole("link", { name: "Unohditko salasanasi?" }).click();
  await forgetful.getByLabel("Sähköpostiosoite").fill(email);
  await forgetful.getByRole("button", { name: "Lähetä ohje" }).click();
  await expect(forgetful.getByText(/Jos osoitteella on tunnus, ohje on lähetetty/)).toBeVisible();
  await forgetful.getByTestId("reset-link").click();
  await forgetful.getByLabel("Uusi salasana").fill("uusi ja pitkä salasana");
  await forgetful.getByRole("button", { name: "Vaihda salasana" }).click();
  await expect(forgetful.getByText("Salasana on vaihdettu. Kirjaudu uudella salasanalla.")).toBeVisible();

  await signIn(forgetful, email, "alkuperäinen salasana");
  await expect(forgetful.getByTestId("sign-in-error")).toBeVisible();
  await signIn(forgetful, email, "uusi ja pitkä salasana");
  await expect(forgetful.getByRole("heading", { level: 1, name: "Etusivu" })).toBeVisible();
  await member.context.close();
});
