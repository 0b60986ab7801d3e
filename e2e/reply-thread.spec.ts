// A reply to the receipt end to end: a citizen sends the damage claim, gets the receipt in the sandbox mailbox
// and replies to it with an attachment; the reply appears on that submission's page and timeline (not as the same
// form again), the form's webhook target receives it as a signed submission.reply with the file, and the handler's
// answer appears in the citizen's mailbox in the same thread.
import { expect, test } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";
import { fillWholeClaim, identifyOnSandbox, sandboxControl, sql, TEST_PERSON } from "./support/citizen";
import { E2E_SANDBOX_URL } from "./support/e2e-constants";
import { addClaimWebhookTarget, startWebhookReceiver } from "./support/webhook-receiver";

const TARGET_NAME = "E2E-vastaukset";
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
test.afterAll(async () => {
  // Later journeys send claims too: they must not queue deliveries to a receiver that is gone.
  await sql("UPDATE delivery_target SET is_enabled = false WHERE name = $1", [TARGET_NAME]);
  await receiver?.close();
});

test("a reply to the receipt lands on the submission's thread and the answer reaches the citizen", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  await signInAsDemoOwner(page);
  await addClaimWebhookTarget(page, receiver, TARGET_NAME);
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
  const thread = page.getByTestId("submission-thread");
  await expect(async () => {
    await page.goto(`/admin/submissions/${row!.id}`);
    await expect(thread).toContainText("Unohdin kuvan vahingosta.", { timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await expect(thread.getByRole("link", { name: "vanne.txt" })).toBeVisible();
  const timeline = page.getByTestId("ledger-timeline");
  await expect(timeline).toContainText("Asiakas vastasi viestiketjussa");
  await expect(timeline).not.toContainText("Sama lomake saapui uudelleen");

  // The target got the form once and then the reply as its own signed event, with the citizen's file.
  await expect.poll(() => receiver.repliesOf(reference).length, { timeout: 45_000 }).toBe(1);
  const [delivered] = receiver.repliesOf(reference);
  expect(delivered!.isValid).toBe(true);
  expect(receiver.deliveriesOf(reference)).toHaveLength(1);
  const message = delivered!.payload.message as {
    body: string;
    attachments: { filename: string; url: string }[];
  };
  expect(message.body).toContain("Unohdin kuvan vahingosta.");
  expect(message.attachments.map((a) => a.filename)).toEqual(["vanne.txt"]);
  expect(await (await fetch(message.attachments[0]!.url)).text()).toBe("kuva vanteesta");
  await expect(async () => {
    await page.reload();
    await expect(
      page
        .getByTestId("ledger-delivery")
        .filter({ hasText: TARGET_NAME })
        .filter({ hasText: "Kansalaisen vastaus lomakkeen viestiketjussa" }),
    ).toContainText("Toimitettu", { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });

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
