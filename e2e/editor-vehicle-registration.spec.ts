// The vehicle registration number, the newest field type, through every surface a type touches: the
// builder's palette and properties, publishing, and the citizen page with as-you-type checks; and a
// production build that does not serve the benchmark's baseline page.
import { expect, test } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";

test("an editor adds a vehicle registration number and a citizen is told at once when it is malformed", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const slug = `e2e-rekisteri-${Date.now().toString(36)}`;
  await signInAsDemoOwner(page);
  await page.goto("/admin/forms");
  await page.getByRole("link", { name: "Uusi lomake" }).click();
  await page.getByLabel("Lomakkeen nimi").fill("Pysäköintivirhemaksun oikaisu");
  await page.getByLabel("Verkko-osoite").fill(slug);
  await page.getByRole("button", { name: "Luo lomake" }).click();
  await page.waitForURL(/\/admin\/forms\/[0-9a-f-]+\/edit$/);
  const editUrl = page.url();
  // A form without a Suomi.fi service cannot be published: choose the demo connection's service first.
  await page.goto(editUrl.replace(/\/edit$/, "/settings"));
  await page.locator("#settings-suomifiServiceId").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Tallenna asetukset" }).click();
  await expect(page.getByText("Asetukset tallennettu.")).toBeVisible();
  await page.goto(editUrl);
  await expect(page.getByTestId("save-status")).toBeVisible();

  await page.getByRole("button", { name: "Lisää Rekisteritunnus", exact: true }).click();
  const card = page.locator("[data-element-name='vehicleRegistrationNumber1']");
  await expect(card).toContainText("Rekisteritunnus");
  await expect(page.getByText("Suomalaisen ajoneuvon rekisteritunnus, esimerkiksi ABC-123.")).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

  await page.getByRole("button", { name: "Julkaisu" }).click();
  await page.getByRole("button", { name: "Julkaise lomake" }).click();
  await expect(page.getByText("Versio 1 julkaistu.")).toBeVisible();

  await page.goto(`/f/demo/${slug}`);
  await page.getByRole("button", { name: "Aloita" }).click();
  const plate = page.getByLabel("Rekisteritunnus");
  await plate.fill("ABCD-1234");
  await plate.press("Tab");
  await expect(page.locator("#vehicleRegistrationNumber1-error")).toContainText(
    "Tarkista rekisteritunnus. Anna se muodossa ABC-123.",
  );
  await expect(plate).toHaveAttribute("aria-invalid", "true");
  await plate.fill("abc 123");
  await plate.press("Tab");
  await expect(page.locator("#vehicleRegistrationNumber1-error")).toHaveCount(0);
  await page.getByRole("button", { name: "Jatka", exact: true }).click();
  await expect(page.getByText("ABC-123")).toBeVisible();
});

test("a production build does not serve the benchmark's baseline page", async ({ request }) => {
  expect((await request.get("/bench/static-page")).status()).toBe(404);
});
