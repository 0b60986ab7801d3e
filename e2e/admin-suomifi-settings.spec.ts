import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";

test("an owner tests the Suomi.fi connection, adds a service and sees a broken profile refused", async ({
  page,
}) => {
  await signInAsDemoOwner(page);
  await page.getByRole("link", { name: "Suomi.fi-viestit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Suomi.fi-viestit" })).toBeVisible();

  const sandbox = page.getByTestId("connection-sandbox");
  await expect(sandbox.getByText("Käytössä")).toBeVisible();
  await expect(sandbox.getByText("lomake-demo-service")).toBeVisible();
  await sandbox.getByRole("button", { name: "Testaa yhteys" }).click();
  await expect(sandbox.getByText(/Yhteys toimii/)).toBeVisible();

  await sandbox.getByLabel("Palvelutunnus").fill("demo-toinen-palvelu");
  await sandbox.getByLabel("Palvelun nimi").fill("Toinen palvelu");
  await sandbox.getByRole("button", { name: "Lisää palvelu" }).click();
  await expect(sandbox.getByText("demo-toinen-palvelu")).toBeVisible();

  await page.getByLabel("POST-profiili (JSON)").fill('{ "version": 1 }');
  await page.getByRole("button", { name: "Tallenna yhteys" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Korjaa seuraavat tiedot" })).toBeVisible();
  await expect(page.getByRole("link", { name: /POST-profiili \(JSON\):/ })).toBeVisible();

  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
    ),
  ).toEqual([]);
});
