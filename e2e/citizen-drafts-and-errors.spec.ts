// Validation errors in the summary, save and continue later in a new browser context, language switch.
import { expect, test } from "@playwright/test";
import { CLAIM_PATH, continueStep, fillClaimant } from "./support/citizen";

test("validation errors are listed in the summary, linked to their fields, with 'Virhe:' in the title", async ({
  page,
}) => {
  await page.goto(`${CLAIM_PATH}/step/claimant`);
  await page.getByLabel("Sähköposti").fill("ei-osoite");
  await continueStep(page);
  await expect(page).toHaveTitle(/^Virhe: Hakijan tiedot/);
  const summary = page.locator("[data-error-summary]");
  await expect(summary.getByRole("heading", { name: "Korjaa seuraavat tiedot" })).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(
    summary.getByRole("link", { name: "Sähköposti: Anna sähköpostiosoite muodossa nimi@esimerkki.fi." }),
  ).toHaveAttribute("href", "#email");
  await summary
    .getByRole("link", { name: "Sähköposti: Anna sähköpostiosoite muodossa nimi@esimerkki.fi." })
    .click();
  await expect(page.getByLabel("Sähköposti")).toBeFocused();
  await expect(page.getByLabel("Sähköposti")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Sähköposti")).toHaveValue("ei-osoite");
  // Swedish keeps the answers and speaks Swedish.
  await page.getByRole("link", { name: "På svenska" }).click();
  await page.getByRole("button", { name: "Fortsätt", exact: true }).click();
  await expect(
    page.locator("[data-error-summary]").getByRole("heading", { name: "Rätta följande uppgifter" }),
  ).toBeVisible();
  await expect(page.getByLabel("E-post")).toHaveValue("ei-osoite");
});

test("save and continue later gives a resume link that works in a new browser", async ({ page, browser }) => {
  await page.goto(`${CLAIM_PATH}/step/claimant`);
  await fillClaimant(page);
  await page.getByRole("button", { name: "Tallenna ja jatka myöhemmin" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lomake on tallennettu" })).toBeVisible();
  const link = await page.getByLabel("Jatkamislinkki").inputValue();
  expect(link).toMatch(/\/f\/demo\/vahingonkorvausvaatimus\/resume\/[A-Za-z0-9_-]{43}$/);
  await page.getByLabel("Lähetä linkki sähköpostiisi").fill("tessa@example.fi");
  await page.getByRole("button", { name: "Lähetä linkki" }).click();
  await expect(page.getByText(/Sähköpostin lähetys ei ole käytössä|Linkki on lähetetty/)).toBeVisible();

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await otherPage.goto(link);
  await expect(otherPage.getByRole("heading", { level: 1, name: "Hakijan tiedot" })).toBeVisible();
  await expect(otherPage.getByLabel("Etu- ja sukunimi")).toHaveValue("Tessa Testilä");
  await expect(otherPage.getByLabel("Postinumero")).toHaveValue("00100");
  await other.close();

  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto(`${link.slice(0, -5)}AAAAA`);
  await expect(strangerPage.getByRole("heading", { level: 1, name: "Linkki ei ole voimassa" })).toBeVisible();
  await stranger.close();
});

test("a POST from a foreign origin is refused", async ({ request }) => {
  const response = await request.post(`${CLAIM_PATH}/step/claimant`, {
    headers: { Origin: "https://evil.example" },
    form: { fullName: "x" },
  });
  expect(response.status()).toBe(403);
  const nullOrigin = await request.post(`${CLAIM_PATH}/step/claimant`, {
    headers: { Origin: "null" },
    form: { fullName: "x" },
  });
  expect(nullOrigin.status()).toBe(403);
});

test("citizen pages send a strict CSP, same-origin referrer policy and no framework script", async ({
  request,
}) => {
  const response = await request.get(CLAIM_PATH);
  const headers = response.headers();
  expect(headers["content-security-policy"]).toContain("script-src 'self';");
  expect(headers["content-security-policy"]).not.toContain("nonce");
  expect(headers["content-security-policy"]).not.toContain("unsafe-inline");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  const html = await response.text();
  expect(html).not.toContain("/_next/static");
  const script = await request.get("/assets/enhance.js");
  expect(script.ok()).toBe(true);
  const { gzipSync } = await import("node:zlib");
  expect(gzipSync(await script.body()).length).toBeLessThanOrEqual(30 * 1024);
});
