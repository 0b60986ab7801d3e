// The inbox end to end: a test person writes a new message with an attachment in the sandbox mailbox, the worker
// retrieves it, it appears in the admin inbox (henkilötunnus masked), the owner opens it (the audit log shows the
// read), assigns it, answers (the answer reaches the citizen's mailbox in the same thread) and marks it handled.
// No axe violations in Finnish and Swedish; the pages fit 320 px.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_OWNER, signInAsDemoOwner } from "./support/admin";
import { insertDeliveredClaim, sandboxControl, sql, TEST_PERSON } from "./support/citizen";
import { E2E_SANDBOX_URL } from "./support/e2e-constants";

test.describe.configure({ mode: "serial" });

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
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

const SUBJECT = `Kysymys kirjastosta ${Date.now().toString(36)}`;

test("a new message is listed, opened, assigned, answered in its thread and marked handled", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);

  // The citizen writes a new message to the demo service in the sandbox mailbox.
  const mailbox = await browser.newPage();
  await mailbox.goto(`${E2E_SANDBOX_URL}/mailbox?person=${TEST_PERSON}`);
  const compose = mailbox.locator('section[aria-labelledby="new-message-title"]');
  await compose.getByLabel("Otsikko").fill(SUBJECT);
  await compose.getByLabel("Viesti").fill("Milloin kirjasto aukeaa joulun jälkeen?");
  await compose.getByLabel("Liitteet").setInputFiles({
    name: "aukioloajat.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("ma–pe 9–20"),
  });
  await compose.getByRole("button", { name: "Lähetä" }).click();
  const sent = (await mailbox.getByRole("status").textContent()) ?? "";
  const citizenMessageId = Number(/\((\d+)\)/.exec(sent)?.[1]);
  expect(citizenMessageId).toBeGreaterThan(0);

  // The worker polls the sandbox every 2 s in e2e: the message appears in the inbox, its sender masked.
  await signInAsDemoOwner(page);
  await page.getByRole("navigation").getByRole("link", { name: "Saapuneet viestit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Saapuneet viestit" })).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole("link", { name: SUBJECT })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  const row = page.getByRole("row").filter({ hasText: SUBJECT });
  await expect(row).toContainText("Testilä Tessa");
  await expect(row).toContainText("010280-****");
  await expect(row).not.toContainText(TEST_PERSON);
  await expect(row.getByTestId("inbox-state")).toContainText("Uusi");
  await expectNoAxeViolations(page);

  // Opening shows the whole sender and is audit-logged.
  await row.getByRole("link", { name: SUBJECT }).click();
  await expect(page.getByRole("heading", { level: 1, name: SUBJECT })).toBeVisible();
  await expect(page.getByTestId("inbox-sender")).toHaveText(`Testilä Tessa (${TEST_PERSON})`);
  await expect(page.getByRole("link", { name: "aukioloajat.txt" })).toBeVisible();
  await expectNoAxeViolations(page);

  const handling = page.locator('section[aria-labelledby="handling-title"]');
  await handling.getByLabel("Vastuuhenkilö").selectOption({ index: 1 });
  await handling.getByRole("button", { name: "Aseta vastuuhenkilö" }).click();
  await expect(handling.getByRole("status").filter({ hasText: "Tallennettu." })).toBeVisible();
  await expect(page.getByTestId("inbox-message-state")).toHaveText("Käsittelyssä");
  // The chooser shows who it is now, without a reload.
  await expect(handling.getByLabel("Vastuuhenkilö")).not.toHaveValue("");

  const reply = page.locator('section[aria-labelledby="reply-title"]');
  const answer = "Kirjasto aukeaa 27.12. klo 9.";
  await reply.getByLabel("Vastaus kansalaiselle").fill(answer);
  await expect(reply.getByText(`${answer.length} / 4000 merkkiä`)).toBeVisible();
  await reply.getByRole("button", { name: "Lähetä vastaus" }).click();
  await expect(page.getByTestId("conversation-answer")).toContainText(answer);

  await handling.getByRole("button", { name: "Merkitse käsitellyksi" }).click();
  await expect(page.getByTestId("inbox-message-state")).toContainText("Käsitelty");
  await page.screenshot({ path: "test-results/screenshots/inbox-message.png", fullPage: true });

  // The answer is in the citizen's mailbox, in the same thread (a reply to the citizen's message).
  const { messages } = await sandboxControl<{
    messages: { messageId: number; inReplyToMessageId: number | null; title: string }[];
  }>("GET", "/sent-messages");
  const delivered = messages.filter((m) => m.inReplyToMessageId === citizenMessageId);
  expect(delivered.map((m) => m.title)).toEqual([`Re: ${SUBJECT}`]);
  await mailbox.reload();
  const received = mailbox.locator("article").filter({ hasText: `Re: ${SUBJECT}` });
  await expect(received).toContainText(answer);
  await expect(received).toContainText(`vastaus viestiin ${citizenMessageId}`);
  await mailbox.close();

  // The audit log names who read it.
  await page.goto("/admin/audit?action=inbox.message_read");
  await expect(page.getByTestId("audit-table")).toContainText("Saapunut viesti avattu");
  await expect(page.getByTestId("audit-table")).toContainText(DEMO_OWNER.email);

  // Swedish: the same pages, no axe violations.
  await page.goto("/admin/inbox?state=all");
  await page.getByRole("button", { name: "På svenska" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inkomna meddelanden" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: SUBJECT }).click();
  await expect(page.getByTestId("inbox-message-state")).toContainText("Behandlad");
  await expectNoAxeViolations(page);

  // 320 px wide: nothing scrolls sideways.
  await page.setViewportSize({ width: 320, height: 640 });
  await expectNoHorizontalScroll(page);
  await page.goto("/admin/inbox?state=all");
  await expectNoHorizontalScroll(page);
  await page.screenshot({ path: "test-results/screenshots/inbox-list-320-sv.png", fullPage: true });
  await page.getByRole("button", { name: "Suomeksi" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Saapuneet viestit" })).toBeVisible();
});

test("a new message is found among the submissions, attached to one, and counted on the dashboard", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const subject = `Liite hakemukseen ${Date.now().toString(36)}`;
  const reference = await insertDeliveredClaim();
  const mailbox = await browser.newPage();
  await mailbox.goto(`${E2E_SANDBOX_URL}/mailbox?person=${TEST_PERSON}`);
  const compose = mailbox.locator('section[aria-labelledby="new-message-title"]');
  await compose.getByLabel("Otsikko").fill(subject);
  await compose.getByLabel("Viesti").fill("Unohdin liittää todistuksen hakemukseeni.");
  await compose.getByRole("button", { name: "Lähetä" }).click();
  await expect(mailbox.getByRole("status")).toBeVisible();
  await mailbox.close();

  await signInAsDemoOwner(page);
  // The dashboard counts what waits, per service; the open messages link to the service's inbox.
  await expect(async () => {
    await page.goto("/admin");
    const counted = await sql<{ count: string }>(
      `SELECT count(*) FROM retrieved_message m JOIN organization o ON o.id = m.organization_id
       WHERE o.slug = 'demo' AND m.inbox_state IN ('new', 'in_progress')
         AND (m.match IN ('unmatched', 'mention')
              OR (m.match = 'reply' AND m.in_reply_to_retrieved_id IS NOT NULL))`,
    );
    const count = counted[0]!.count;
    expect(Number(count)).toBeGreaterThan(0);
    await expect(page.getByTestId("waiting-service").first()).toContainText(count, { timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await expectNoAxeViolations(page);

  // The work view lists forms and messages together: the new message is there, beside the submissions.
  await page.goto("/admin/submissions");
  await page.getByLabel("Näytä").selectOption({ label: "Lomakkeet ja viestit" });
  await page.getByRole("button", { name: "Hae", exact: true }).click();
  await expect(page).toHaveURL(/show=all/);
  await expect(page.getByTestId("work-view-message-row").first()).toBeVisible();
  await expect(page.getByTestId("work-view-row").first()).toBeVisible();
  await expectNoAxeViolations(page);

  // Opened from the inbox, the handler attaches it to the submission it belongs to.
  await page.goto("/admin/inbox");
  await page.getByRole("link", { name: subject }).click();
  const attach = page.locator('section[aria-labelledby="attach-title"]');
  await attach.getByLabel("Lähetyksen viitenumero").fill(reference.toLowerCase());
  await attach.getByRole("button", { name: "Liitä", exact: true }).click();
  await expect(attach.getByRole("status").filter({ hasText: "Viesti liitetty lähetykseen." })).toBeVisible();
  const [row] = await sql<{ id: string }>("SELECT id FROM submission WHERE reference = $1", [reference]);
  await page.goto(`/admin/submissions/${row!.id}`);
  const thread = page.getByTestId("submission-thread");
  await expect(thread).toContainText("Unohdin liittää todistuksen hakemukseeni.");
  await expect(thread).toContainText("käsittelijä liitti");
  await expect(page.getByTestId("ledger-timeline")).toContainText("Viesti liitetty lähetykseen");
});
