// A translator's round trip: the editor downloads the form's texts as XLIFF 2.0, the translator fills the
// Swedish targets, the editor imports the file, reads the report and can publish. A file with markup is refused
// with nothing changed. The citizen page names the purpose of the name and e-mail fields (WCAG 1.3.5).
import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";

/** Adds a Swedish <target> to every unit that has none, as a translator's tool would. */
function fillSwedish(xliff: string, text: (source: string) => string): string {
  return xliff.replace(
    /(<source xml:space="preserve">([^<]*)<\/source>)(\n\s*<\/segment>)/g,
    (_, source: string, words: string, end: string) =>
      `${source}\n        <target xml:space="preserve">${text(words)}</target>${end}`,
  );
}

async function importFile(page: Page, fileName: string, contents: string) {
  const file = path.join(test.info().outputDir, fileName);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, contents);
  await page.locator("#translation-file").setInputFiles(file);
  await page.getByRole("button", { name: "Tarkista tiedosto" }).click();
}

test("an editor exports XLIFF, imports the Swedish translation with a report, and publishing is unblocked", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const slug = `e2e-kaannos-${Date.now().toString(36)}`;
  await signInAsDemoOwner(page);
  await page.goto("/admin/forms");
  await page.getByRole("link", { name: "Uusi lomake" }).click();
  await page.getByLabel("Lomakkeen nimi").fill("Käännöstesti");
  await page.getByLabel("Verkko-osoite").fill(slug);
  await page.getByRole("button", { name: "Luo lomake" }).click();
  await page.waitForURL(/\/admin\/forms\/[0-9a-f-]+\/edit$/);
  const formId = page.url().split("/").at(-2)!;

  // A Suomi.fi service and a settings text of its own: the translation covers the settings texts too.
  await page.goto(`/admin/forms/${formId}/settings`);
  await page.locator("#settings-suomifiServiceId").selectOption({ index: 1 });
  await page.locator("#settings-closedMessage-fi").fill("Haku on päättynyt.");
  await page.getByRole("button", { name: "Tallenna asetukset" }).click();
  await expect(page.getByText("Asetukset tallennettu.")).toBeVisible();
  await page.goto(`/admin/forms/${formId}/edit`);
  await expect(page.getByTestId("save-status")).toBeVisible();

  // A surname field (its purpose chosen in the editor) and an e-mail field (its purpose from the type).
  await page.getByRole("button", { name: "Lisää Lyhyt teksti", exact: true }).click();
  await page.getByLabel("Kysymys tai otsikko (suomi)").fill("Sukunimi");
  await page.locator("#element-autocomplete").selectOption("family-name");
  const properties = await new AxeBuilder({ page })
    .include("form:has(#element-autocomplete)")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(properties.violations.map((violation) => violation.id)).toEqual([]);
  await page.getByRole("button", { name: "Lisää Sähköposti", exact: true }).click();
  await expect(page.getByTestId("save-status")).toHaveAttribute("data-status", "saved");

  await page.getByRole("button", { name: "Käännökset" }).click();
  await page.getByLabel("ruotsi", { exact: true }).check();
  await page.getByRole("button", { name: "Julkaisu" }).click();
  await expect(page.getByTestId("publish-blockers")).toContainText("Käännös kielelle svenska puuttuu");
  await expect(page.getByRole("button", { name: "Julkaise lomake" })).toBeDisabled();

  await page.getByRole("button", { name: "Käännökset" }).click();
  await expect(page.getByRole("rowheader", { name: "Kenttä ”Sukunimi” / otsikko" })).toBeVisible();
  await expect(page.getByLabel("XLIFF 2.0 (käännöstyökalut)")).toBeChecked();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Lataa käännöstiedosto" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${slug}-r\\d+-sv\\.xlf$`));
  const xliff = fs.readFileSync(await download.path(), "utf8");
  expect(xliff).toContain('srcLang="fi" trgLang="sv"');
  expect(xliff).toContain('<note category="location">Kenttä ”Sukunimi” / otsikko</note>');
  expect(xliff).toContain('<source xml:space="preserve">Haku on päättynyt.</source>');

  // Markup in a translation: refused, and the draft is as it was.
  await importFile(
    page,
    "markup.xlf",
    fillSwedish(xliff, (source) => `&lt;b&gt;${source}&lt;/b&gt;`),
  );
  const refusals = page.getByTestId("translation-refusals");
  await expect(refusals).toContainText("Tiedostoa ei voi tuoda. Luonnokseen ei muutettu mitään.");
  await expect(refusals).toContainText("HTML- tai muotoilumerkintöjä");
  await expect(page.getByRole("button", { name: "Tuo käännökset luonnokseen" })).toHaveCount(0);
  await expect(page.getByTestId("completeness-sv")).toContainText("puuttuu");

  // The translator's file: the report lists each change (old → new) and that nothing is left.
  await importFile(
    page,
    "sv.xlf",
    fillSwedish(xliff, (source) => `${source} på svenska`),
  );
  const changes = page.getByTestId("translation-changes");
  await expect(changes).toContainText("Kenttä ”Sukunimi” / otsikko");
  await expect(changes).toContainText("Sukunimi på svenska");
  await expect(changes).toContainText("Lomakkeen asetukset / viesti, kun lomake on suljettu");
  await expect(page.getByTestId("translation-none-missing")).toBeVisible();

  const results = await new AxeBuilder({ page })
    .include("section[aria-labelledby='translation-file-title']")
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.getByRole("region", { name: "Tuonnin tulos" }).scrollIntoViewIfNeeded();
  await page.screenshot({
    path: "test-results/screenshots/translation-import-report-375.png",
    fullPage: true,
  });
  const overflow = await page
    .getByRole("region", { name: "Tuonnin tulos" })
    .evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("button", { name: "Tuo käännökset luonnokseen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Käännökset tuotu luonnokseen" })).toBeVisible();
  await expect(page.getByTestId("completeness-sv")).toContainText("Valmis");
  await expect(page.getByRole("textbox", { name: "ruotsi: Sukunimi" })).toHaveValue("Sukunimi på svenska");

  await page.getByRole("button", { name: "Julkaisu" }).click();
  await expect(page.getByText("Lomake on valmis julkaistavaksi.")).toBeVisible();
  await page.getByRole("button", { name: "Julkaise lomake" }).click();
  await expect(page.getByText("Versio 1 julkaistu.")).toBeVisible();

  // The citizen page: the surname and e-mail controls carry their purpose, in Swedish too.
  await page.goto(`/f/demo/${slug}?lang=sv`);
  await page.getByRole("button", { name: "Börja" }).click();
  await expect(page.getByLabel("Sukunimi på svenska")).toHaveAttribute("autocomplete", "family-name");
  await expect(page.locator('input[name="email1"]')).toHaveAttribute("autocomplete", "email");
});
