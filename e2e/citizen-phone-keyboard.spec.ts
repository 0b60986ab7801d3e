// The ways people actually reach the form: a 375 px phone with JavaScript off (whole journey, screenshots of
// every page), and the keyboard alone with the enhancement script (as-you-type checks announced, the error
// summary, radios and the consent box, through to check your answers).
import { expect, test, type Locator, type Page } from "@playwright/test";
import {
  CLAIM_PATH,
  continueStep,
  fillClaim,
  fillClaimant,
  fillIncident,
  identifyOnSandbox,
  TEST_PERSON,
} from "./support/citizen";

const PHONE = { width: 375, height: 740 };

async function fitsWidth(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

async function shot(page: Page, name: string): Promise<void> {
  await fitsWidth(page);
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
}

test.describe("375 px phone with JavaScript off", () => {
  test.use({
    viewport: PHONE,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    javaScriptEnabled: false,
  });

  test("the whole journey works and every page fits the screen", async ({ page }) => {
    await page.goto(CLAIM_PATH);
    await shot(page, "phone-nojs-1-start");
    await page.getByRole("button", { name: "Aloita" }).click();
    // Errors first: the summary and the field messages, without any script.
    await page.getByLabel("Henkilötunnus").fill("010280-952K");
    await continueStep(page);
    await expect(page).toHaveTitle(/^Virhe: /);
    await expect(page.locator("[data-error-summary]")).toContainText("Henkilötunnus:");
    await shot(page, "phone-nojs-2-step-errors");
    await fillClaimant(page);
    await continueStep(page);
    // Without the script the conditional vehicle questions appear after a continue.
    await page.getByLabel("Ajoneuvovahinko").check();
    await continueStep(page);
    await fillIncident(page);
    await shot(page, "phone-nojs-3-incident");
    await continueStep(page);
    await fillClaim(page);
    await continueStep(page);
    await page.getByLabel("Vakuutan antamani tiedot oikeiksi.").check();
    await continueStep(page);
    await expect(
      page.getByRole("heading", { level: 1, name: "Tarkista vastauksesi ennen lähettämistä" }),
    ).toBeVisible();
    await shot(page, "phone-nojs-4-check");
    await page.getByRole("button", { name: "Hyväksy ja lähetä" }).click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Lähetä lomake Suomi.fi-viestien kautta" }),
    ).toBeVisible();
    await shot(page, "phone-nojs-5-handoff");
    await page.getByRole("button", { name: "Jatka Suomi.fi-palveluun" }).click();
    await identifyOnSandbox(page, TEST_PERSON);
    await expect(page.getByRole("heading", { level: 1, name: "Kiitos, lomake on lähetetty" })).toBeVisible();
    await shot(page, "phone-nojs-6-thanks");
  });
});

/** Presses Tab until the target has focus (at most `limit` times). */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let index = 0; index < limit; index += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  await expect(target).toBeFocused();
}

test.describe("keyboard only, with the enhancement script", () => {
  test.use({ viewport: PHONE, deviceScaleFactor: 2 });

  test("fields are checked on leaving them, errors are announced, and the journey reaches check your answers", async ({
    page,
  }) => {
    await page.goto(CLAIM_PATH);
    const start = page.getByRole("button", { name: "Aloita" });
    await tabTo(page, start);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Hakijan tiedot" })).toBeVisible();

    // Tabbing through an untouched field says nothing.
    const name = page.getByLabel("Etu- ja sukunimi");
    await tabTo(page, name);
    await page.keyboard.press("Tab");
    await expect(page.locator("#fullName-error")).toHaveCount(0);

    // A wrong henkilötunnus: the message appears at the field when leaving it and is announced.
    const hetu = page.getByLabel("Henkilötunnus");
    await tabTo(page, hetu);
    await page.keyboard.type("010280-952K");
    await page.keyboard.press("Tab");
    await expect(page.locator("#personalIdentityCode-error")).toContainText("Tarkista henkilötunnus");
    await expect(hetu).toHaveAttribute("aria-invalid", "true");
    await expect(hetu).toHaveAttribute("aria-describedby", /personalIdentityCode-error/);
    await expect(page.locator("#lomake-live")).toContainText("Henkilötunnus: ");
    await shot(page, "keyboard-live-error");
    // Fixing it clears the message while typing.
    await hetu.focus();
    await page.keyboard.press("Backspace");
    await page.keyboard.type("L");
    await expect(page.locator("#personalIdentityCode-error")).toHaveCount(0);
    await expect(hetu).not.toHaveAttribute("aria-invalid", "true");

    // A cleared required field and a bad postal code and e-mail address.
    await tabTo(page, name);
    await page.keyboard.type("T");
    await page.keyboard.press("Backspace");
    await page.keyboard.press("Tab");
    await expect(page.locator("#fullName-error")).toContainText("Anna etu- ja sukunimi.");
    const postalCode = page.getByLabel("Postinumero");
    await tabTo(page, postalCode);
    await page.keyboard.type("0010");
    await page.keyboard.press("Tab");
    await expect(page.locator("#address-postalCode-error")).toBeVisible();
    const email = page.getByLabel("Sähköposti");
    await tabTo(page, email);
    await page.keyboard.type("tessa@");
    await page.keyboard.press("Tab");
    await expect(page.locator("#email-error")).toContainText(
      "Anna sähköpostiosoite muodossa nimi@esimerkki.fi.",
    );

    // Continue with errors: the server's summary takes focus; its link takes the person to the field.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    const summary = page.locator("[data-error-summary]");
    await expect(summary).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(summary.getByRole("link").first()).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Etu- ja sukunimi")).toBeFocused();
    await page.keyboard.type("Tessa Testilä");
    for (const [label, value] of [
      ["Katuosoite", "Testikatu 1 A 2"],
      ["Postinumero", "00100"],
      ["Postitoimipaikka", "Helsinki"],
      ["Puhelinnumero", "040 123 4567"],
      ["Sähköposti", "tessa@example.fi"],
    ] as const) {
      const field = page.getByLabel(label);
      await tabTo(page, field);
      await page.keyboard.press("ControlOrMeta+A");
      await page.keyboard.type(value);
    }
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: "Vahinkotapahtuma" })).toBeVisible();

    await tabTo(page, page.getByLabel("Vahingon päivämäärä"));
    await page.keyboard.type("3.2.2026");
    await tabTo(page, page.getByLabel("Vahingon tapahtumapaikka"));
    await page.keyboard.type("Kauppakatu 5");
    // Radios: Tab into the group, arrows choose; the vehicle questions appear at once.
    await tabTo(page, page.getByLabel("Ajoneuvovahinko"));
    await page.keyboard.press("Space");
    await expect(page.getByLabel("Ajoneuvon rekisteritunnus")).toBeVisible();
    await tabTo(page, page.getByLabel("Ajoneuvon rekisteritunnus"));
    await page.keyboard.type("ABC-123");
    const insurance = page.getByRole("group", { name: "Onko ajoneuvolla kaskovakuutus?" });
    await tabTo(page, insurance.getByLabel("Kyllä"));
    await page.keyboard.press("ArrowDown");
    await expect(insurance.getByLabel("Ei")).toBeChecked();
    await tabTo(page, page.getByLabel("Kuvaus vahingosta"));
    await page.keyboard.type("Kuoppa rikkoi renkaan.");
    await tabTo(page, page.getByRole("button", { name: "Jatka", exact: true }));
    await page.keyboard.press("Enter");

    await expect(page.getByRole("heading", { level: 1, name: "Korvausvaatimus" })).toBeVisible();
    await tabTo(page, page.getByLabel("Vaadittu korvaus"));
    await page.keyboard.type("350,50");
    await tabTo(page, page.getByLabel("Tilinumero korvauksen maksamista varten"));
    await page.keyboard.type("FI49 5000 9420 0287 31");
    await page.keyboard.press("Tab");
    await expect(page.locator("#iban-error")).toBeVisible();
    await page.getByLabel("Tilinumero korvauksen maksamista varten").focus();
    await page.keyboard.press("Backspace");
    await page.keyboard.type("0");
    await expect(page.locator("#iban-error")).toHaveCount(0);
    await tabTo(page, page.getByRole("button", { name: "Jatka", exact: true }));
    await page.keyboard.press("Enter");

    await tabTo(page, page.getByLabel("Vakuutan antamani tiedot oikeiksi."));
    await page.keyboard.press("Space");
    await tabTo(page, page.getByRole("button", { name: "Jatka", exact: true }));
    await page.keyboard.press("Enter");
    await expect(
      page.getByRole("heading", { level: 1, name: "Tarkista vastauksesi ennen lähettämistä" }),
    ).toBeVisible();
    // "Change" links are reachable and return to the field.
    const change = page.getByRole("link", { name: /Muuta.*Vahingon tapahtumapaikka/ });
    await tabTo(page, change, 80);
    await page.keyboard.press("Enter");
    await expect(page.getByLabel("Vahingon tapahtumapaikka")).toBeFocused();
    await tabTo(page, page.getByRole("button", { name: "Jatka", exact: true }));
    await page.keyboard.press("Enter");
    await expect(
      page.getByRole("heading", { level: 1, name: "Tarkista vastauksesi ennen lähettämistä" }),
    ).toBeVisible();
    await tabTo(page, page.getByRole("button", { name: "Hyväksy ja lähetä" }), 80);
    await shot(page, "keyboard-check-focus");
  });
});
