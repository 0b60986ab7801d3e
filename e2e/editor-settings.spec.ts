import { expect, test } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";

test("an owner creates a form from a template, schedules it, publishes and archives it, all audited", async ({
  page,
}) => {
  const slug = `e2e-asetukset-${Date.now().toString(36)}`;
  await signInAsDemoOwner(page);
  await page.goto("/admin/forms/new");
  await page.getByLabel("Lomakkeen nimi").fill("Todistuspyyntö testi");
  await page.getByLabel("Verkko-osoite").fill(slug);
  await page.getByLabel(/Malli: Todistusjäljennöspyyntö/).check();
  await page.getByRole("button", { name: "Luo lomake" }).click();
  await page.waitForURL(/\/edit$/);
  await expect(page.locator("[data-element-name]").first()).toBeVisible();
  const formId = page.url().split("/").at(-2)!;

  await page.goto(`/admin/forms/${formId}/settings`);
  await page.getByLabel("Avautuu tiettynä aikana").check();
  await page.getByLabel("Avautuu", { exact: true }).fill("2099-01-01T09:00");
  await page.getByLabel("Sulkeutuu", { exact: true }).fill("2098-12-31T09:00");
  await page.getByLabel("Saavutettavuusseloste (verkko-osoite)").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Tallenna asetukset" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "Korjaa seuraavat tiedot" });
  await expect(summary).toContainText("Sulkeutumisajan on oltava avautumisajan jälkeen.");
  await expect(summary).toContainText("Anna osoite muodossa https://…");
  await page
    .getByLabel("Saavutettavuusseloste (verkko-osoite)")
    .fill("https://demokunta.example/saavutettavuus");
  await page.getByLabel("Sulkeutuu", { exact: true }).fill("2099-02-01T16:00");
  await page.getByLabel("Lähetysten enimmäismäärä").fill("50");
  await page.locator("#settings-suomifiServiceId").selectOption({ index: 1 });
  await page.getByLabel("Olli Omistaja (omistaja@demokunta.example)").check();
  await page.getByRole("button", { name: "Tallenna asetukset" }).click();
  await expect(page.getByText("Asetukset tallennettu.")).toBeVisible();

  await page.goto(`/admin/forms?q=${slug}`);
  const row = page.getByTestId(`form-row-${slug}`);
  await expect(row).toContainText("Luonnos");
  await expect(row).toContainText("1.1.2099 klo 9.00 – 1.2.2099 klo 16.00");

  // Publishing makes it live but scheduled for 2099.
  await page.goto(`/admin/forms/${formId}/edit`);
  await page.getByRole("button", { name: "Julkaisu" }).click();
  await page.getByRole("button", { name: "Julkaise lomake" }).click();
  await expect(page.getByText("Versio 1 julkaistu.")).toBeVisible();
  await page.goto(`/admin/forms?q=${slug}`);
  await expect(row).toContainText("Ajastettu");

  await page.goto("/admin/audit");
  await expect(page.locator("td", { hasText: "Lomakkeen asetuksia muutettu" }).first()).toBeVisible();
  await expect(page.locator("td", { hasText: "Lomake julkaistu" }).first()).toBeVisible();

  // Archiving hides it from citizens and editing.
  await page.goto(`/admin/forms?q=${slug}`);
  await row.getByRole("button", { name: "Arkistoi lomake Todistuspyyntö testi" }).click();
  await expect(row).toContainText("Arkistoitu");
});
