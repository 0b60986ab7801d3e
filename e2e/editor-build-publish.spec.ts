import { expect, test, type Page } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";

const PAGE_ONE = [
  "Lyhyt teksti",
  "Pitkä teksti",
  "Numero",
  "Sähköposti",
  "Puhelinnumero",
  "Päivämäärä",
  "Kellonaika",
  "Yksi valinta",
  "Monivalinta",
  "Kyllä/ei",
  "Suostumus",
];
const PAGE_TWO = [
  "Henkilötunnus",
  "Y-tunnus",
  "Tilinumero",
  "Postinumero",
  "Osoite",
  "Kunta",
  "Maa",
  "Liite",
  "Toistuva ryhmä",
  "Väliotsikko",
  "Ohjeteksti",
];

test("an editor builds, translates, publishes two versions, diffs them, and citizens get the latest", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const slug = `e2e-kaikki-${Date.now().toString(36)}`;
  await signInAsDemoOwner(page);
  const formId = await createBlankForm(page, "Kaikki kenttätyypit", slug);
  // Without a Suomi.fi service the form could never be sent: publishing is blocked with a way to the settings.
  await page.getByRole("button", { name: "Julkaisu" }).click();
  const blockers = page.getByTestId("publish-blockers");
  await expect(blockers).toContainText("Lomakkeelle ei ole valittu Suomi.fi-viestien palvelua");
  await blockers.getByRole("link", { name: "Avaa asetukset" }).click();
  await page.waitForURL(/\/settings$/);
  await page.locator("#settings-suomifiServiceId").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Tallenna asetukset" }).click();
  await expect(page.getByText("Asetukset tallennettu.")).toBeVisible();
  await page.goto(`/admin/forms/${formId}/edit`);
  await expect(page.getByTestId("save-status")).toBeVisible();

  // Two pages, one element of every field type (plus a heading and an info text).
  await page.getByRole("button", { name: "+ Uusi sivu" }).click();
  await page.getByRole("button", { name: "Sivu 1: Sivu 1" }).click();
  for (const type of PAGE_ONE) await page.getByRole("button", { name: `Lisää ${type}`, exact: true }).click();
  await page.getByRole("button", { name: "Sivu 2: Sivu 2" }).click();
  for (const type of PAGE_TWO) await page.getByRole("button", { name: `Lisää ${type}`, exact: true }).click();
  await expect(page.locator("section[data-page-index='0'] [data-element-name]")).toHaveCount(PAGE_ONE.length);
  await expect(page.locator("section[data-page-index='1'] [data-element-name]")).toHaveCount(PAGE_TWO.length);

  // A nested condition on the attachment: choice is option 1 AND (yes/no is yes OR number over 1000).
  await page.locator("[data-element-name='file1'] button[aria-pressed]").click();
  await page.getByRole("button", { name: "Lisää näyttämisehto" }).click();
  await page.locator("#shown-0-field").selectOption("singleChoice1");
  await page.locator("#shown-0-value").selectOption("vaihtoehto1");
  await page.getByRole("button", { name: "+ Ryhmä" }).click();
  await page.locator("#shown-1-0-field").selectOption("yesNo1");
  await page.locator("#shown-1-0-value").selectOption("true");
  await page.getByRole("button", { name: "+ Sääntö" }).first().click();
  await page.locator("#shown-1-1-field").selectOption("number1");
  await page.locator("#shown-1-1-operator").selectOption("greaterThan");
  await page.locator("#shown-1-1-value").fill("1000");
  await expect(page.getByTestId("condition-summary-shown")).toHaveText(
    "Näytetään, kun Valitse yksi on Vaihtoehto 1 ja (Kyllä vai ei? on Kyllä tai Numero on yli 1000)",
  );

  // The live preview uses the citizens' renderer: filling it in shows the attachment on page 2.
  await page.getByRole("button", { name: "Esikatselu" }).click();
  const preview = page.getByTestId("preview-frame");
  await preview.locator('input[name="singleChoice1"][value="vaihtoehto1"]').check();
  await preview.locator('input[name="number1"]').fill("2000");
  await page.getByLabel("Sivu", { exact: true }).selectOption("1");
  await expect(preview.locator('[data-field="file1"]')).toBeVisible();
  await page.getByRole("button", { name: "Tyhjennä vastaukset" }).click();
  await expect(preview.locator('[data-field="file1"]')).toBeHidden();
  await page.getByLabel("Puhelin (375 px)").check();
  expect((await preview.boundingBox())?.width).toBe(375);

  // Swedish on: publishing is blocked until every Swedish text exists.
  await page.getByRole("button", { name: "Käännökset" }).click();
  await page.getByLabel("ruotsi", { exact: true }).check();
  await expect(page.getByTestId("completeness-sv")).toContainText("puuttuu");
  await page.getByRole("button", { name: "Julkaisu" }).click();
  await expect(page.getByTestId("publish-blockers")).toContainText("Käännös kielelle svenska puuttuu");
  await expect(page.getByRole("button", { name: "Julkaise lomake" })).toBeDisabled();

  await page.getByRole("button", { name: "Käännökset" }).click();
  await page.getByLabel("Näytä vain tekstit, joista puuttuu käännös").check();
  const swedish = page.getByRole("textbox", { name: /^ruotsi:/ });
  const count = await swedish.count();
  expect(count).toBeGreaterThan(25);
  // With the filter on, each row leaves the list once its Swedish text is written.
  for (let index = 0; index < count; index += 1) await swedish.first().fill(`Svensk text ${index + 1}`);
  await expect(swedish).toHaveCount(0);
  await expect(page.getByTestId("completeness-sv")).toContainText("Valmis");

  await page.getByRole("button", { name: "Julkaisu" }).click();
  await expect(page.getByText("Lomake on valmis julkaistavaksi.")).toBeVisible();
  await page.getByLabel("Muistiinpano versiosta (valinnainen)").fill("Ensimmäinen versio");
  await page.getByRole("button", { name: "Julkaise lomake" }).click();
  await expect(page.getByText("Versio 1 julkaistu.")).toBeVisible();

  // Change a label and publish version 2.
  await page.getByRole("button", { name: "Rakenne" }).click();
  await page.locator("[data-element-name='shortText1'] button[aria-pressed]").click();
  await page.getByLabel("Kysymys tai otsikko (suomi)").fill("Koko nimi");
  await page.getByRole("button", { name: "Julkaisu" }).click();
  await page.getByRole("button", { name: "Julkaise uusi versio" }).click();
  await expect(page.getByText("Versio 2 julkaistu.")).toBeVisible();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

  // The version history shows the change between v1 and v2.
  await page.goto(`/admin/forms/${formId}/versions`);
  await expect(page.getByRole("heading", { name: "Muutokset: Versio 1 → Versio 2" })).toBeVisible();
  const change = page.getByTestId("diff-changed-shortText1");
  await expect(change).toContainText("Lyhyt teksti");
  await expect(change).toContainText("Koko nimi");
  await expect(page.getByRole("cell", { name: "Ensimmäinen versio" })).toBeVisible();

  // The list shows it open at v2, and a citizen gets version 2.
  await page.goto("/admin/forms");
  await expect(page.getByTestId(`form-row-${slug}`)).toContainText("Avoinna");
  await expect(page.getByTestId(`form-row-${slug}`)).toContainText("Julkaistu v2");
  await page.goto(`/f/demo/${slug}`);
  await page.getByRole("button", { name: "Aloita" }).click();
  await expect(page.getByText("Koko nimi")).toBeVisible();
  await page.goto(`/f/demo/${slug}?lang=sv`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Svensk text");
});

/** Creates a blank form through the forms list and returns its id (the builder opens). */
async function createBlankForm(page: Page, title: string, slug: string): Promise<string> {
  await page.goto("/admin/forms");
  await page.getByRole("link", { name: "Uusi lomake" }).click();
  await page.getByLabel("Lomakkeen nimi").fill(title);
  await page.getByLabel("Verkko-osoite").fill(slug);
  await page.getByRole("button", { name: "Luo lomake" }).click();
  await page.waitForURL(/\/admin\/forms\/[0-9a-f-]+\/edit$/);
  await expect(page.getByTestId("save-status")).toBeVisible();
  return page.url().split("/").at(-2)!;
}
