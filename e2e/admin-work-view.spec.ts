// A handler finds a submission in the work view, starts handling it, writes a note and comes back to the list
// as they left it — in Finnish, Swedish and English, on a 320 px screen, with no axe violations. A henkilötunnus search
// never puts the code in the address.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";
import { insertDeliveredClaim, TEST_PERSON } from "./support/citizen";
import { E2E_APP_URL } from "./support/e2e-constants";

const TEXTS = {
  fi: {
    title: "Lähetykset",
    reference: "Viitenumero",
    handled: "Käsittely",
    notHandled: "Käsittelemättömät",
    henkilotunnus: "Lähettäjän henkilötunnus",
    search: "Hae",
    delivered: "Toimitettu",
    start: "Aloita käsittely",
    inProgress: "Käsittelyssä",
    started: "Käsittely aloitettu",
    newNote: "Uusi muistiinpano",
    addNote: "Lisää muistiinpano",
    noteAdded: "Muistiinpano lisätty",
    back: "Takaisin lähetyksiin",
    invalidCode: "Henkilötunnus ei ole kelvollinen",
  },
  sv: {
    title: "Inlämningar",
    reference: "Referensnummer",
    handled: "Behandling",
    notHandled: "Obehandlade",
    henkilotunnus: "Avsändarens personbeteckning",
    search: "Sök",
    delivered: "Levererad",
    start: "Börja behandla",
    inProgress: "Under behandling",
    started: "Behandlingen påbörjad",
    newNote: "Ny anteckning",
    addNote: "Lägg till anteckning",
    noteAdded: "Anteckning tillagd",
    back: "Tillbaka till inlämningarna",
    invalidCode: "Personbeteckningen är inte giltig",
  },
  en: {
    title: "Submissions",
    reference: "Reference",
    handled: "Handling",
    notHandled: "Not handled",
    henkilotunnus: "Sender's personal identity code",
    search: "Search",
    delivered: "Delivered",
    start: "Start handling",
    inProgress: "In progress",
    started: "Handling started",
    newNote: "New note",
    addNote: "Add note",
    noteAdded: "Note added",
    back: "Back to submissions",
    invalidCode: "The personal identity code is not valid",
  },
} as const;

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
    ),
  ).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

test.use({ viewport: { width: 320, height: 640 } });

for (const language of ["fi", "sv", "en"] as const) {
  test(`a handler finds, handles and notes a submission (${language}, 320 px)`, async ({ page, context }) => {
    const t = TEXTS[language];
    const ref = await insertDeliveredClaim();
    await signInAsDemoOwner(page);
    await context.addCookies([{ name: "lomake-locale", value: language, url: E2E_APP_URL }]);

    await page.goto("/admin/submissions");
    await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
    await page.getByLabel(t.reference).fill(ref.toLowerCase().replaceAll("-", " "));
    await page.getByLabel(t.handled).selectOption("no");
    await page.getByRole("button", { name: t.search, exact: true }).click();
    await expect(page).toHaveURL(/handled=no/);
    const rows = page.getByTestId("work-view-row");
    await expect(rows).toHaveCount(1);
    await expect(rows.first().getByTestId("submission-state")).toHaveText(t.delivered);
    await expectNoHorizontalScroll(page);
    await expectNoAxeViolations(page);
    await page.screenshot({
      path: `test-results/screenshots/work-view-list-320-${language}.png`,
      fullPage: true,
    });
    const listUrl = page.url();

    await rows.first().getByRole("link", { name: ref }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(ref);
    await page.getByRole("button", { name: t.start }).click();
    await expect(page.getByTestId("handler-state")).toHaveText(t.inProgress);
    await page.getByLabel(t.newNote).fill("Soitettu asiakkaalle, odottaa liitettä.");
    await page.getByRole("button", { name: t.addNote }).click();
    await expect(page.getByTestId("submission-notes")).toContainText(
      "Soitettu asiakkaalle, odottaa liitettä.",
    );
    await page.reload();
    const timeline = page.getByTestId("ledger-timeline");
    await expect(timeline).toContainText(t.started);
    await expect(timeline).toContainText(t.noteAdded);
    await expectNoHorizontalScroll(page);
    await page.screenshot({
      path: `test-results/screenshots/work-view-submission-320-${language}.png`,
      fullPage: true,
    });
    await expectNoAxeViolations(page);

    await page.getByTestId("back-to-list").click();
    await expect(page).toHaveURL(listUrl);
    await expect(page.getByTestId("work-view-row").first().getByTestId("submission-state")).toHaveText(
      t.inProgress,
    );
  });

  test(`a henkilötunnus search stays out of the address (${language})`, async ({ page, context }) => {
    const t = TEXTS[language];
    await signInAsDemoOwner(page);
    await context.addCookies([{ name: "lomake-locale", value: language, url: E2E_APP_URL }]);
    await page.goto("/admin/submissions");
    const addresses: string[] = [];
    page.on("request", (request) => addresses.push(request.url()));
    await page.getByLabel(t.henkilotunnus).fill(TEST_PERSON);
    await page.getByRole("button", { name: t.search, exact: true }).click();
    await expect(page).toHaveURL(/search=/);
    expect(addresses.join("\n")).not.toContain(TEST_PERSON.slice(0, 6));
    await expect(page.getByText(/010280-\*\*\*\*/)).toBeVisible();

    await page.getByLabel(t.henkilotunnus).fill("010280-952X");
    await page.getByRole("button", { name: t.search, exact: true }).click();
    await expect(page.getByTestId("work-view-error")).toContainText(t.invalidCode);
    expect(page.url()).not.toContain("010280");
    await expectNoAxeViolations(page);
  });
}
