// Retrieval and delivery end to end: the demo owner adds a webhook target for the damage claim, a citizen sends the
// claim through Suomi.fi, the worker retrieves it, the citizen's mailbox gets the receipt, the target gets one
// signed delivery with the answers, and the ledger shows each step. Then a failing target: retries are scheduled
// and shown, "retry now" delivers once it recovers, and a replay keeps the same webhook-id.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";
import {
  CLAIM_PATH,
  continueStep,
  fillClaim,
  fillClaimant,
  fillIncident,
  fillWholeClaim,
  identifyOnSandbox,
  sandboxSubmissions,
  sql,
  TEST_PERSON,
} from "./support/citizen";
import { E2E_SANDBOX_URL } from "./support/e2e-constants";
import { addClaimWebhookTarget, startWebhookReceiver } from "./support/webhook-receiver";

const TARGET_NAME = "E2E-asianhallinta";
const SCREENSHOTS = "test-results/screenshots";

test.describe.configure({ mode: "serial" });

let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
test.afterAll(async () => {
  // Later journeys send claims too: they must not queue deliveries to a receiver that is gone.
  await sql("UPDATE delivery_target SET is_enabled = false WHERE name = $1", [TARGET_NAME]);
  await receiver?.close();
});

/** A citizen in a browser of their own sends the damage claim through the sandbox; returns the reference. */
async function sendClaimAsCitizen(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await fillWholeClaim(page, { isJavaScriptEnabled: true });
  await page.getByRole("button", { name: "Hyväksy ja lähetä" }).click();
  await identifyOnSandbox(page, TEST_PERSON);
  await expect(page.getByRole("heading", { level: 1, name: "Kiitos, lomake on lähetetty" })).toBeVisible();
  const reference = (await page.locator(".reference").first().textContent())!.trim();
  await context.close();
  return reference;
}

async function openLedger(page: Page, reference: string): Promise<void> {
  await page.goto("/admin/submissions");
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Lähetys ${reference}` })).toBeVisible();
}

function deliveryPanel(page: Page) {
  return page.getByTestId("ledger-delivery").filter({ hasText: TARGET_NAME });
}

/** The receiver has a delivery the moment it answers; the worker records the outcome just after: reload until shown. */
async function expectDeliveredAfterReloads(page: Page): Promise<void> {
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId("submission-status")).toHaveText("Toimitettu", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

test("a claim is retrieved, receipted and delivered once, signed, to the form's webhook target", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signInAsDemoOwner(page);
  // The receiver runs on this machine: the organisation allows the loopback address, then adds the target.
  await addClaimWebhookTarget(page, receiver, TARGET_NAME);

  const row = page.getByRole("row").filter({ hasText: TARGET_NAME });
  await expect(row.getByTestId("target-forms")).toContainText("Vahingonkorvausvaatimus");
  await expect(row.getByTestId("target-forms")).not.toContainText("Kaikki lomakkeet");
  await row.getByRole("button", { name: "Lähetä testitapahtuma" }).click();
  await expect(row.getByText("Testitapahtuma vastaanotettiin (HTTP 204).")).toBeVisible();
  expect(receiver.received.filter((item) => item.payload.type === "test" && item.isValid)).toHaveLength(1);
  await row.getByText("Vaihda lomakkeet").click();
  await page.screenshot({ path: `${SCREENSHOTS}/delivery-settings.png`, fullPage: true });

  const reference = await sendClaimAsCitizen(browser);

  // The worker polls the sandbox every 2 s in e2e, retrieves the claim, sends the receipt and delivers it.
  await expect.poll(() => receiver.deliveriesOf(reference).length, { timeout: 45_000 }).toBe(1);
  const [delivery] = receiver.deliveriesOf(reference);
  expect(delivery!.isValid).toBe(true);
  expect(delivery!.payload.sender).toEqual({
    kind: "person",
    name: "Testilä Tessa",
    personalIdentityCode: TEST_PERSON,
    businessId: null,
  });
  expect(delivery!.payload.onBehalfOf).toBeNull();
  const values = delivery!.payload.answers!.values!;
  expect(values).toMatchObject({
    fullName: "Tessa Testilä",
    personalIdentityCode: "010280-952L",
    email: "tessa@example.fi",
    damagePlace: "Kauppakatu 5 kohdalla",
    vehicleRegistration: "ABC-123",
    description: "Auto ajoi syvään kuoppaan, jota ei ollut merkitty.\nRengas ja vanne rikkoutuivat.",
  });
  expect(delivery!.payload.answers!.labels).toMatchObject({
    fullName: "Etu- ja sukunimi",
    damagePlace: "Vahingon tapahtumapaikka",
  });

  // The receipt is in the citizen's Suomi.fi mailbox.
  const mailbox = await browser.newPage();
  await mailbox.goto(`${E2E_SANDBOX_URL}/mailbox?person=${TEST_PERSON}`);
  const inbox = mailbox
    .locator("section")
    .filter({ has: mailbox.getByRole("heading", { name: "Saapuneet" }) });
  await expect(inbox.locator("article").filter({ hasText: reference })).toContainText(
    "Olemme vastaanottaneet lomakkeesi",
  );
  await mailbox.close();

  // The ledger shows every step and the one delivery, with the webhook-id the receiver saw.
  await openLedger(page, reference);
  await expectDeliveredAfterReloads(page);
  await expect(page.getByTestId("integrity-status")).toContainText("Kunnossa");
  await expect(page.getByTestId("receipt-status")).toContainText("Lähetetty");
  const timeline = page.getByTestId("ledger-timeline");
  await expect(timeline.locator("li").filter({ hasText: /Luotu$/ })).toHaveCount(1);
  for (const step of [
    "Siirretty Suomi.fi-viesteihin",
    "Palasi Suomi.fi:stä",
    "Noudettu",
    "Vastaanottokuittaus lähetetty",
    `Toimitettu kohteeseen — ${TARGET_NAME}`,
    "Toimitettu kaikkiin kohteisiin",
  ])
    await expect(timeline).toContainText(step);
  await expect(deliveryPanel(page).getByRole("heading")).toHaveText(`${TARGET_NAME} — Toimitettu`);
  await expect(deliveryPanel(page).getByTestId("webhook-id")).toHaveText(delivery!.webhookId);
  await page.screenshot({ path: `${SCREENSHOTS}/delivery-ledger.png`, fullPage: true });
  // Seconds and several worker polls later, still exactly one delivery of this claim.
  expect(receiver.deliveriesOf(reference)).toHaveLength(1);
});

test("with JavaScript the files travel with the post; the claim is matched and each file delivered once", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const pdf = (text: string) =>
    Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n`);
  const files = [
    { name: "kuitti.pdf", mimeType: "application/pdf", buffer: pdf("kuitti 350,50") },
    { name: "valokuva.pdf", mimeType: "application/pdf", buffer: pdf("kuoppa Kauppakadulla") },
  ];
  const context = await browser.newContext({ javaScriptEnabled: true });
  const citizen = await context.newPage();
  await citizen.goto(CLAIM_PATH);
  await citizen.getByRole("button", { name: "Aloita" }).click();
  await fillClaimant(citizen);
  await continueStep(citizen);
  await fillIncident(citizen);
  await continueStep(citizen);
  await expect(citizen.getByRole("heading", { level: 1, name: "Korvausvaatimus" })).toBeVisible();
  for (const file of files) {
    await citizen.getByLabel("Liitteet").setInputFiles(file);
    await citizen.getByRole("button", { name: "Lisää tiedosto" }).click();
    await expect(citizen.getByRole("list", { name: "Lisätyt tiedostot" })).toContainText(file.name);
  }
  await fillClaim(citizen);
  await continueStep(citizen);
  await citizen.getByLabel("Vakuutan antamani tiedot oikeiksi.").check();
  await continueStep(citizen);
  await citizen.getByRole("button", { name: "Hyväksy ja lähetä" }).click();
  await identifyOnSandbox(citizen, TEST_PERSON);
  await expect(citizen.getByRole("heading", { level: 1, name: "Kiitos, lomake on lähetetty" })).toBeVisible();
  const reference = (await citizen.locator(".reference").first().textContent())!.trim();
  await context.close();

  // The files did travel: Suomi.fi holds them with the message.
  const sent = (await sandboxSubmissions()).find((submission) => submission.body.includes(reference));
  expect(sent?.attachments).toHaveLength(2);

  await expect.poll(() => receiver.deliveriesOf(reference).length, { timeout: 45_000 }).toBe(1);
  const [delivery] = receiver.deliveriesOf(reference);
  expect(delivery!.isValid).toBe(true);
  const payload = delivery!.payload as unknown as {
    submission: { integrity: { status: string } };
    attachments: { filename: string; copy: string; isVerifiedAgainstKeptCopy: boolean }[];
  };
  expect(payload.submission.integrity.status).toBe("valid");
  expect(payload.attachments.map((a) => [a.filename, a.copy, a.isVerifiedAgainstKeptCopy]).sort()).toEqual([
    ["kuitti.pdf", "suomifi-message", true],
    ["valokuva.pdf", "suomifi-message", true],
  ]);

  await signInAsDemoOwner(page);
  await openLedger(page, reference);
  await expectDeliveredAfterReloads(page);
  await expect(page.getByTestId("integrity-status")).toContainText("Kunnossa");
  await page.getByRole("link", { name: "Näytä vastaukset" }).click();
  const answers = page.getByTestId("submission-attachments");
  await expect(answers.getByRole("listitem")).toHaveCount(2);
  await expect(answers).toContainText("kopio, sama kuin Lomakkeen tallentama");
});

test("a failing target gets retries that are shown, then one delivery; a replay keeps the webhook-id", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  receiver.state.failWith = 500;
  const reference = await sendClaimAsCitizen(browser);
  await expect.poll(() => receiver.state.failedCount, { timeout: 45_000 }).toBeGreaterThan(0);

  await signInAsDemoOwner(page);
  await openLedger(page, reference);
  const panel = deliveryPanel(page);
  await expect(panel.getByRole("heading")).toHaveText(`${TARGET_NAME} — Odottaa`);
  await expect(panel.getByText("HTTP 500").first()).toBeVisible();
  await expect(panel.getByTestId("next-attempt")).toContainText("Seuraava yritys");
  await expect(panel.getByRole("row").filter({ hasText: "500" }).first()).toBeVisible();
  await page.screenshot({ path: `${SCREENSHOTS}/delivery-ledger-retrying.png`, fullPage: true });

  // The target recovers; the handler does not wait for the next scheduled attempt.
  receiver.state.failWith = null;
  await panel.getByRole("button", { name: "Yritä nyt uudelleen" }).click();
  await expect.poll(() => receiver.deliveriesOf(reference).length, { timeout: 30_000 }).toBe(1);
  const [first] = receiver.deliveriesOf(reference);
  expect(first!.isValid).toBe(true);
  await expectDeliveredAfterReloads(page);
  await expect(panel.getByRole("heading")).toHaveText(`${TARGET_NAME} — Toimitettu`);
  await expect(panel.getByTestId("webhook-id")).toHaveText(first!.webhookId);
  const ledgerPath = new URL(page.url()).pathname;

  // A replay sends the same delivery again: same webhook-id, so the receiver can tell it is a duplicate.
  await panel.getByRole("button", { name: "Lähetä uudelleen" }).click();
  await expect.poll(() => receiver.deliveriesOf(reference).length, { timeout: 30_000 }).toBe(2);
  const [, replayed] = receiver.deliveriesOf(reference);
  expect(replayed!.isValid).toBe(true);
  expect(replayed!.webhookId).toBe(first!.webhookId);
  // The receiver has the body a moment before the worker commits the attempt: reload until it is recorded.
  await expect
    .poll(
      async () => {
        await page.reload();
        return panel.getByRole("heading").textContent();
      },
      { timeout: 20_000 },
    )
    .toBe(`${TARGET_NAME} — Toimitettu`);
  await expect(page.getByTestId("ledger-timeline")).toContainText("Uudelleenlähetys pyydetty");
  const requestIds = await panel.locator("tbody tr").allTextContents();
  expect(requestIds.length).toBeGreaterThanOrEqual(3);
  expect(requestIds.every((text) => text.includes(first!.webhookId))).toBe(true);

  // The owner turns the target off; its row says so.
  await page.goto("/admin/delivery");
  const row = page.getByRole("row").filter({ hasText: TARGET_NAME });
  await row.getByRole("button", { name: "Poista käytöstä" }).click();
  await expect(row).toContainText("Pois käytöstä");

  // The same pages in Swedish and English, for a look at the texts.
  for (const [link, language, heading] of [
    ["På svenska", "sv", "Leverans"],
    ["In English", "en", "Delivery"],
  ] as const) {
    await page.getByRole("button", { name: link }).click();
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/delivery-settings-${language}.png`, fullPage: true });
    await page.goto(`/admin/submissions`);
    await page.screenshot({ path: `${SCREENSHOTS}/delivery-submissions-${language}.png`, fullPage: true });
    await page.getByRole("link", { name: reference }).click();
    await expect(page.getByTestId("ledger-timeline")).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/delivery-ledger-${language}.png`, fullPage: true });
    await page.goto("/admin/delivery");
  }

  // On a phone neither page scrolls sideways.
  await page.getByRole("button", { name: "Suomeksi" }).click();
  await page.setViewportSize({ width: 390, height: 844 });
  for (const [name, path] of [
    ["settings", "/admin/delivery"],
    ["ledger", ledgerPath],
    ["api-keys", "/admin/delivery/api-keys"],
    ["exports", "/admin/exports"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOTS}/delivery-${name}-phone.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
  }
});
