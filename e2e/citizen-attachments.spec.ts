// Attachments on the damage-compensation claim: upload, list and remove; size, type and virus errors. The
// e2e server runs a real clamd; the EICAR test string is assembled at run time (lib/testing/start-clamd).
import { expect, test, type Page } from "@playwright/test";
import { eicarBytes } from "@/lib/testing/start-clamd";
import { CLAIM_PATH, continueStep, fillClaimant, fillIncident, sql } from "./support/citizen";

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);

async function toClaimPage(page: Page): Promise<void> {
  await page.goto(CLAIM_PATH);
  await page.getByRole("button", { name: "Aloita" }).click();
  await fillClaimant(page);
  await continueStep(page);
  await fillIncident(page);
  await continueStep(page);
  await expect(page.getByRole("heading", { level: 1, name: "Korvausvaatimus" })).toBeVisible();
}

async function addFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  await page.getByLabel("Liitteet").setInputFiles(file);
  await page.getByRole("button", { name: "Lisää tiedosto" }).click();
}

const fileList = (page: Page) => page.getByRole("list", { name: "Lisätyt tiedostot" });
const fieldError = (page: Page) => page.locator("#attachments-error");

test("upload, list and remove attachments; size, type and virus errors are explained", async ({ page }) => {
  await toClaimPage(page);
  // The amount typed before uploading is kept on the page after the upload.
  await page.getByLabel("Vaadittu korvaus").fill("120");

  await addFile(page, { name: "kuitti.pdf", mimeType: "application/pdf", buffer: pdf("kuitti") });
  await expect(fileList(page).locator(".file-name", { hasText: "kuitti.pdf" })).toBeVisible();
  await expect(page.getByLabel("Vaadittu korvaus")).toHaveValue("120");
  const [stored] = await sql<{ scan_status: string }>(
    "SELECT scan_status FROM stored_file WHERE name = 'kuitti.pdf' ORDER BY created_at DESC LIMIT 1",
  );
  expect(stored!.scan_status).toBe("clean");

  // A program renamed to look like a photo: refused by content.
  await addFile(page, {
    name: "kuva.png",
    mimeType: "image/png",
    buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]),
  });
  await expect(fieldError(page)).toContainText(
    "Tiedoston kuva.png tyyppiä ei voi liittää. Sallitut tyypit: PDF, JPEG, PNG.",
  );
  await expect(page.locator("[data-error-summary]")).toBeFocused();
  await expect(page.locator("[data-error-summary]")).toContainText(
    "Liitteet: Tiedoston kuva.png tyyppiä ei voi liittää",
  );

  // Over the 2.5 MB per-file limit.
  await addFile(page, {
    name: "iso.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.concat([pdf("iso"), Buffer.alloc(2_700_000, 0x20)]),
  });
  await expect(fieldError(page)).toContainText("Tiedosto iso.pdf on liian suuri. Enimmäiskoko on 2,5 MB.");

  // A PDF that carries the EICAR test string: refused as malware and not stored.
  const infected = Buffer.concat([Buffer.from("%PDF-1.4\n% "), eicarBytes(), Buffer.from("\n%%EOF\n")]);
  await addFile(page, { name: "lasku.pdf", mimeType: "application/pdf", buffer: infected });
  await expect(fieldError(page)).toContainText(
    "Tiedostosta lasku.pdf löytyi haittaohjelma, joten sitä ei tallennettu.",
  );
  expect(await sql("SELECT 1 FROM stored_file WHERE name IN ('lasku.pdf', 'kuva.png', 'iso.pdf')")).toEqual(
    [],
  );
  await expect(fileList(page).getByRole("listitem")).toHaveCount(1);
  await page.screenshot({ path: "test-results/screenshots/citizen-attachments-error.png", fullPage: true });

  // A second good file, then remove the first.
  await addFile(page, { name: "valokuva.pdf", mimeType: "application/pdf", buffer: pdf("valokuva") });
  await expect(fileList(page).getByRole("listitem")).toHaveCount(2);
  await fileList(page).getByRole("button", { name: "Poista kuitti.pdf" }).click();
  await expect(fileList(page).getByRole("listitem")).toHaveCount(1);
  await expect(fileList(page)).toContainText("valokuva.pdf");
  expect(
    await sql("SELECT 1 FROM stored_file WHERE name = 'kuitti.pdf' AND submission_id IS NULL"),
  ).toHaveLength(0);
  await page.screenshot({ path: "test-results/screenshots/citizen-attachments-list.png", fullPage: true });

  // The file is part of the answers on check your answers.
  await page.getByLabel("Tilinumero korvauksen maksamista varten").fill("FI49 5000 9420 0287 30");
  await continueStep(page);
  await page.getByLabel("Vakuutan antamani tiedot oikeiksi.").check();
  await continueStep(page);
  await expect(
    page.getByRole("heading", { level: 1, name: "Tarkista vastauksesi ennen lähettämistä" }),
  ).toBeVisible();
  await expect(page.getByText("valokuva.pdf")).toBeVisible();
  await expect(page.getByText("kuitti.pdf")).toHaveCount(0);
});
