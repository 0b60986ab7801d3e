// A reply to the receipt end to end: a citizen sends the damage claim, gets the receipt in the sandbox mailbox
// and replies to it with an attachment; the reply appears on that submission's page and timeline (not as the same
// form again), and the handler's answer appears in the citizen's mailbox in the same thread.
import { expect, test } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";
import { fillWholeClaim, identifyOnSandbox, sandboxControl, sql, TEST_PERSON } from "./support/citizen";
import { E2E_SANDBOX_URL } from "./support/e2e-constants";

test("a reply to the receipt lands on the submission's thread and the answer reaches the citizen", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const citizen = await browser.newContext();
  const form = await citizen.newPage();
  await fillWholeClaim(form, { isJavaScriptEnabled: true });
  await form.getByRole("button", { name: "Hyväksy ja lähetä" }).click();
  await identifyOnSandbox(form, TEST_PERSON);
  await expect(form.getByRole("heading", { level: 1, name: "Kiitos, lomake on lähetetty" })).toBeVisible();
  const reference = (await form.locator(".reference").first().textContent())!.trim();

  // The worker retrieves the claim and sends the receipt, which allows replies.
  const mailbox = await citizen.newPage();
  const receipt = mailbox
    .locator("article")
    .filter({ hasText: reference })
    .filter({ has: mailbox.locator("summary") });
  await expect(async () => {
    await mailbox.goto(`${E2E_SANDBOX_URL}/mailbox?person=${TEST_PERSON}`);
    await expect(receipt).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await receipt.locator("summary").click();
  await receipt.getByLabel("Viesti").fill(`Unohdin kuvan vahingosta. ${reference}`);
  await receipt.getByLabel("Liitteet").setInputFiles({
    name: "vanne.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("kuva vanteesta"),
  });
  await receipt.getByRole("button", { name: "Lähetä vastaus" }).click();
  const sent = (await mailbox.getByRole("status").textContent()) ?? "";
  const replyId = Number(/\((\d+)\)/.exec(sent)?.[1]);
  expect(replyId).toBeGreaterThan(0);

  const [row] = await sql<{ id: string }>("SELECT id FROM submission WHERE reference = $1", [reference]);
  await signInAsDemoOwner(page);
  const thread = page.getByTestId("submission-thread");
  await expect(async () => {
    await page.goto(`/admin/submissions/${row!.id}`);
    await expect(thread).toContainText("Unohdin kuvan vahingosta.", { timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await expect(thread.getByRole("link", { name: "vanne.txt" })).toBeVisible();
  const timeline = page.getByTestId("ledger-timeline");
  await expect(timeline).toContainText("Asiakas vastasi viestiketjussa");
  await expect(timeline).not.toContainText("Sama lomake saapui uudelleen");

  const answer = "Kiitos, kuva on liitetty vaatimukseen.";
  await page.getByLabel("Vastaus kansalaiselle").fill(answer);
  await page.getByRole("button", { name: "Lähetä vastaus" }).click();
  await expect(thread).toContainText(answer);

  const { messages } = await sandboxControl<{
    messages: { inReplyToMessageId: number | null; title: string }[];
  }>("GET", "/sent-messages");
  expect(messages.filter((m) => m.inReplyToMessageId === replyId).map((m) => m.title)).toHaveLength(1);
  await mailbox.goto(`${E2E_SANDBOX_URL}/mailbox?person=${TEST_PERSON}`);
  await expect(
    mailbox
      .locator("article")
      .filter({ hasText: answer })
      .filter({ hasText: `vastaus viestiin ${replyId}` }),
  ).toBeVisible();
  await citizen.close();
});
