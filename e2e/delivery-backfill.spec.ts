// A target added after a claim was retrieved: the owner sends the earlier claims to it from Toimitus, chosen
// by form and date; the receiver gets each once, signed; the progress and the ledger say so.
import { expect, test } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";
import { fillWholeClaim, identifyOnSandbox, sql, TEST_PERSON } from "./support/citizen";
import { startWebhookReceiver } from "./support/webhook-receiver";

const TARGET_NAME = "E2E-jälkitoimitus";
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
test.afterAll(async () => {
  await sql("UPDATE delivery_target SET is_enabled = false WHERE name = $1", [TARGET_NAME]);
  await receiver?.close();
});

test("an owner sends earlier claims to a target added later, once each, and sees the progress", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const citizen = await browser.newContext();
  const citizenPage = await citizen.newPage();
  await fillWholeClaim(citizenPage, { isJavaScriptEnabled: true });
  await citizenPage.getByRole("button", { name: "Hyväksy ja lähetä" }).click();
  await identifyOnSandbox(citizenPage, TEST_PERSON);
  await expect(
    citizenPage.getByRole("heading", { level: 1, name: "Kiitos, lomake on lähetetty" }),
  ).toBeVisible();
  const reference = (await citizenPage.locator(".reference").first().textContent())!.trim();
  await citizen.close();
  // The e2e worker polls every 2 s: the claim is retrieved before the target exists.
  await expect
    .poll(
      async () =>
        (await sql<{ status: string }>("SELECT status FROM submission WHERE reference = $1", [reference]))[0]
          ?.status,
      { timeout: 45_000 },
    )
    .toMatch(/^(retrieved|delivered)$/);

  await signInAsDemoOwner(page);
  await page.goto("/admin/delivery");
  const allowlist = page.locator('section[aria-labelledby="allowlist-title"]');
  await allowlist.getByLabel("Osoitealue (CIDR)").fill("127.0.0.1/32");
  await allowlist.getByRole("button", { name: "Lisää" }).click();
  const create = page.locator('section[aria-labelledby="create-target-title"]');
  await create.getByLabel("Nimi").fill(TARGET_NAME);
  await create.getByLabel("Osoite").fill(receiver.url);
  await create.getByLabel(/\(vahingonkorvausvaatimus\)/).check();
  await create.getByRole("button", { name: "Lisää" }).click();
  receiver.state.secret = (await create.getByTestId("shown-once-secret").textContent())!.trim();

  // A new target gets only what arrives from now on.
  await page.waitForTimeout(5_000);
  expect(receiver.deliveriesOf(reference)).toHaveLength(0);

  const panel = page.locator('section[aria-labelledby="backfill-title"]');
  await panel.getByText(`Lähetä aiemmat lomakkeet kohteeseen ${TARGET_NAME}`).click();
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Helsinki" }); // the admin picks Helsinki days
  await panel.getByLabel("Noudettu alkaen (pvm)").fill(today);
  await panel.getByLabel(/\(vahingonkorvausvaatimus\)/).check();
  await panel.getByRole("button", { name: "Aloita lähetys" }).click();
  await expect(panel.getByText(/Lähetys aloitettu: \d+ lomaketta käsitellään\./)).toBeVisible();

  await expect.poll(() => receiver.deliveriesOf(reference).length, { timeout: 45_000 }).toBe(1);
  expect(receiver.deliveriesOf(reference)[0]!.isValid).toBe(true);
  const row = panel.getByTestId("backfills").getByRole("row").filter({ hasText: TARGET_NAME }).first();
  await expect(row).toContainText("Valmis", { timeout: 15_000 });
  await expect(row.getByTestId("backfill-progress")).toContainText(
    /\d+ \/ \d+ käsitelty, [1-9]\d* uutta toimitusta/,
  );
  await page.screenshot({ path: "test-results/screenshots/delivery-backfill.png", fullPage: true });

  // The same request again sends nothing twice.
  const submit = panel.getByRole("button", { name: "Aloita lähetys" });
  if (!(await submit.isVisible()))
    await panel.getByText(`Lähetä aiemmat lomakkeet kohteeseen ${TARGET_NAME}`).click();
  await submit.click();
  await expect(panel.getByTestId("backfills").getByRole("row").nth(1)).toContainText("0 uutta toimitusta", {
    timeout: 15_000,
  });
  expect(receiver.deliveriesOf(reference)).toHaveLength(1);

  await page.goto("/admin/submissions");
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByTestId("ledger-timeline")).toContainText(
    `Lähetetään myöhemmin lisättyyn kohteeseen — ${TARGET_NAME}`,
  );
});
