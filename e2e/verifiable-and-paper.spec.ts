// What happens to a message after Lomake sends it. Paper: an owner turns paper mail on, a form is set to never go
// electronically, and the receipt of a claim is printed — the sandbox's print service shows the letter and its
// PDF, the submission page says it went on paper and what Suomi.fi reported; the citizen downloads a copy of what
// they sent with JavaScript off. Verifiable: a message the citizen
// must confirm shows only its title in the mailbox until confirmed; the submission page then says so.
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync, writeFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";
import { fillWholeClaim, identifyOnSandbox, sql, TEST_PERSON } from "./support/citizen";
import { E2E_SANDBOX_URL } from "./support/e2e-constants";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
// The demo organisation's sandbox system (lib/demo/seed-demo.ts, lib/suomifi/sandbox/start-sandbox-server.ts).
const DEMO_SYSTEM = { username: "lomake-demo", password: "Lomake-demo-password-0000-sandbox!" };
const DEMO_SERVICE = "lomake-demo-service";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((n) => n.target).join(", ")}`,
    ),
  ).toEqual([]);
}

async function submitClaim(
  page: Page,
  isJavaScriptEnabled = true,
): Promise<{ reference: string; submissionId: string }> {
  await fillWholeClaim(page, { isJavaScriptEnabled });
  await page.getByRole("button", { name: "Hyväksy ja lähetä" }).click();
  if (!isJavaScriptEnabled) await page.getByRole("button", { name: "Jatka Suomi.fi-palveluun" }).click();
  await identifyOnSandbox(page, TEST_PERSON);
  await expect(page.getByRole("heading", { level: 1, name: "Kiitos, lomake on lähetetty" })).toBeVisible();
  const reference = (await page.locator(".reference").first().textContent())!.trim();
  const [row] = await sql<{ id: string }>("SELECT id FROM submission WHERE reference = $1", [reference]);
  return { reference, submissionId: row!.id };
}

async function restorePaperSettings() {
  await sql("UPDATE form SET is_paper_only = false WHERE slug = 'vahingonkorvausvaatimus'");
  await sql("UPDATE organization SET is_paper_mail_enabled = false WHERE slug = 'demo'");
}

test.afterEach(restorePaperSettings);

test("a receipt goes on paper when the form must never go electronically", async ({ page, browser }) => {
  test.setTimeout(150_000);
  await signInAsDemoOwner(page);
  await page.goto("/admin/settings/suomifi");
  const paper = page.locator("section", { has: page.getByRole("heading", { name: "Paperiposti" }) });
  await paper.getByLabel("Paperiposti käytössä").check();
  await paper.getByRole("button", { name: "Tallenna paperiposti" }).click();
  await expect(paper.getByText("Anna palautusosoite")).toBeVisible(); // no return address yet
  await paper.locator("#paper-sender-name").fill("Demokunta, kirjaamo");
  await paper.locator("#paper-sender-streetAddress").fill("Kirkkokatu 1");
  await paper.locator("#paper-sender-zipCode").fill("00170");
  await paper.locator("#paper-sender-city").fill("HELSINKI");
  await paper.getByRole("button", { name: "Tallenna paperiposti" }).click();
  await expect(paper.getByText("Paperipostin asetukset tallennettu.")).toBeVisible();
  await expectNoAxeViolations(page);

  const [form] = await sql<{ id: string }>("SELECT id FROM form WHERE slug = 'vahingonkorvausvaatimus'");
  await page.goto(`/admin/forms/${form!.id}/settings`);
  await page.getByLabel("Ei koskaan sähköisesti").check();
  await page.getByRole("button", { name: "Tallenna asetukset" }).click();
  await expect(page.getByText("Asetukset tallennettu.")).toBeVisible();

  // With JavaScript off, as the citizen pages work: the thank-you page offers a PDF copy of what was sent.
  const citizen = await browser.newContext({ javaScriptEnabled: false });
  const thanks = await citizen.newPage();
  const { reference, submissionId } = await submitClaim(thanks, false);
  const [download] = await Promise.all([
    thanks.waitForEvent("download"),
    thanks.getByRole("link", { name: "Lataa kopio lähettämästäsi lomakkeesta (PDF)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    new RegExp(`^vahingonkorvausvaatimus-${reference}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`),
  );
  await citizen.close();

  // The sandbox's printing and enveloping service got the letter, addressed from the form's address field.
  const printContext = await browser.newContext();
  const printService = await printContext.newPage();
  const letter = printService.getByTestId("paper-letters").locator("tr", { hasText: "Testikatu 1 A 2" });
  await expect(async () => {
    await printService.goto(`${E2E_SANDBOX_URL}/paper-mail`);
    await expect(letter).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(letter).toContainText("Kirkkokatu 1");
  await expect(letter).toContainText("Sent for printing and enveloping");
  await expectNoAxeViolations(printService);
  const pdf = await printService.request.get(
    `${E2E_SANDBOX_URL}${await letter.getByRole("link").getAttribute("href")}`,
  );
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  await printContext.close();

  const sent = page.getByTestId("sent-message").filter({ hasText: "Kuittaus" });
  await expect(async () => {
    await page.goto(`/admin/submissions/${submissionId}`);
    await expect(sent).toContainText("Kirje lähetettiin tulostukseen ja kuoritukseen", { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(sent).toContainText("Lähetetty paperipostina");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(reference);
  await expectNoAxeViolations(page);
});

test("a verifiable message is confirmed in the mailbox and the admin shows the receipt confirmed", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const citizen = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const { submissionId } = await submitClaim(await citizen.newPage());
  const [connection] = await sql<{ id: string; organization_id: string }>(
    "SELECT c.id, c.organization_id FROM suomifi_connection c JOIN suomifi_service s ON s.connection_id = c.id WHERE s.service_id = $1",
    [DEMO_SERVICE],
  );

  // A verifiable message about the submission, sent by the organisation's system as a case message would be
  // (the send panel is another branch's work), and recorded as Lomake records what it sends.
  const token = (await (
    await fetch(`${E2E_SANDBOX_URL}/v1/token`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(DEMO_SYSTEM),
    })
  ).json()) as { access_token: string };
  const externalId = `e2e-verifiable-${crypto.randomUUID()}`;
  const title = "Päätös vahingonkorvausvaatimukseen";
  const response = await fetch(`${E2E_SANDBOX_URL}/v2/messages/electronic`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token.access_token}` },
    body: JSON.stringify({
      externalId,
      recipient: { id: TEST_PERSON },
      sender: { serviceId: DEMO_SERVICE },
      electronic: {
        title,
        body: "Vaatimuksenne on hyväksytty.",
        bodyFormat: "Text",
        messageServiceType: "Verifiable",
        replyAllowedBy: "No one",
        visibility: "Normal",
        attachments: [],
        notifications: {
          senderDetailsInNotifications: "Organisation and service name",
          unreadMessageNotification: { reminder: "Default reminder" },
        },
      },
    }),
  });
  expect(response.status).toBe(200);
  const { messageId } = (await response.json()) as { messageId: number };
  await sql(
    `INSERT INTO sent_message (id, organization_id, connection_id, service_id, kind, external_id, suomifi_message_id,
       submission_id, status, channel, sent_at)
     VALUES (gen_random_uuid(), $1, $2, $3, 'reply', $4, $5, $6, 'sent', 'electronic', now())`,
    [connection!.organization_id, connection!.id, DEMO_SERVICE, externalId, messageId, submissionId],
  );

  const mailbox = await citizen.newPage();
  await mailbox.goto(`${E2E_SANDBOX_URL}/mailbox?person=${TEST_PERSON}`);
  const unconfirmed = mailbox.locator('article[data-verifiable="unconfirmed"]').filter({ hasText: title });
  await expect(unconfirmed).toBeVisible();
  await expect(mailbox.getByText("Vaatimuksenne on hyväksytty.")).toHaveCount(0); // the title only
  await unconfirmed.scrollIntoViewIfNeeded();
  mkdirSync("test-results", { recursive: true });
  writeFileSync("test-results/verifiable-confirm-375.png", await unconfirmed.screenshot());
  await mailbox.screenshot({ path: "test-results/verifiable-mailbox-375.png", fullPage: true });
  await expectNoAxeViolations(mailbox);
  await unconfirmed.getByRole("button", { name: "Vastaanota ja avaa viesti" }).click();
  await expect(mailbox.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(mailbox.getByText("Vaatimuksenne on hyväksytty.")).toBeVisible();
  await expectNoAxeViolations(mailbox);
  await citizen.close();

  await signInAsDemoOwner(page);
  const sent = page.getByTestId("sent-message").filter({ hasText: "Vastaus kansalaiselle" });
  await expect(async () => {
    await page.goto(`/admin/submissions/${submissionId}`);
    await expect(sent).toContainText("Vastaanottaja kuittasi viestin vastaanotetuksi", { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(sent).toContainText("Vastaanottaja avasi viestin");
  await expect(sent).toContainText("Lähetetty sähköisesti");
});
