// A supplement request end to end: the handler picks the template on the submission's page, writes what is
// missing and a deadline, sees the preview exactly as it is sent and sends it; the submission waits for the
// citizen. The citizen answers in the sandbox mailbox with a file; retrieval threads the answer onto the
// submission, which is in progress again and shows the answer and its file. Axe on the send panel and a 375 px
// screenshot of it.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";
import { fillWholeClaim, identifyOnSandbox, sandboxControl, sql, TEST_PERSON } from "./support/citizen";
import { E2E_SANDBOX_URL } from "./support/e2e-constants";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

function inDays(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

test("a supplement request waits for the citizen, whose reply with a file puts it back in progress", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const citizen = await browser.newContext();
  const form = await citizen.newPage();
  await fillWholeClaim(form, { isJavaScriptEnabled: true });
  await form.getByRole("button", { name: "Hyväksy ja lähetä" }).click();
  await identifyOnSandbox(form, TEST_PERSON);
  await expect(form.getByRole("heading", { level: 1, name: "Kiitos, lomake on lähetetty" })).toBeVisible();
  const reference = (await form.locator(".reference").first().textContent())!.trim();
  const [row] = await sql<{ id: string }>("SELECT id FROM submission WHERE reference = $1", [reference]);

  await signInAsDemoOwner(page);
  const panel = page.getByTestId("case-message-panel");
  // The panel appears once the worker has retrieved the form (there is someone to write to).
  await expect(async () => {
    await page.goto(`/admin/submissions/${row!.id}`);
    await expect(panel).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 45_000 });

  await panel.getByLabel("Viestipohja").selectOption("supplement-request");
  const deadline = inDays(10);
  await panel.getByLabel("Määräaika").fill(deadline);
  const request = "Lähetä kuva vahingoittuneesta vanteesta. <b>{reference}</b>";
  await panel.getByLabel("Oma tekstisi viestiin").fill(request);
  await expect(panel.getByTestId("preview-title")).toHaveText(/^Pyydämme täydennystä: /);
  // The handler's braces and markup stay text; the template's placeholders are filled.
  await expect(panel.getByTestId("preview-body")).toContainText(`asiaasi ${reference}`);
  await expect(panel.getByTestId("preview-body")).toContainText(request);
  const [year, month, day] = deadline.split("-").map(Number);
  await expect(panel.getByTestId("preview-body")).toContainText(`viimeistään ${day}.${month}.${year}`);
  await expect(panel.getByTestId("preview-count")).toContainText("/ 4000 merkkiä");
  await expect(panel.getByLabel("Asiakas voi vastata viestiin")).toBeDisabled();

  // A file that is not a PDF is refused before anything travels, in the handler's language.
  const files = panel.getByLabel("Liitteet (PDF)");
  await files.setInputFiles({ name: "kuva.txt", mimeType: "text/plain", buffer: Buffer.from("ei pdf") });
  await expect(panel.getByText("Liitteeksi kelpaavat vain PDF-tiedostot.")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Lähetä viesti" })).toBeDisabled();
  await files.setInputFiles([]);
  await expect(panel.getByRole("button", { name: "Lähetä viesti" })).toBeEnabled();

  const axe = await new AxeBuilder({ page })
    .include('[data-testid="case-message-panel"]')
    .withTags(WCAG)
    .analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  await page.setViewportSize({ width: 375, height: 900 });
  await panel.screenshot({ path: "test-results/screenshots/case-message-panel-375.png" });
  await page.setViewportSize({ width: 1280, height: 900 });

  const previewTitle = (await panel.getByTestId("preview-title").textContent())!;
  await panel.getByRole("button", { name: "Lähetä viesti" }).click();
  await expect(panel.getByText("Viesti lähetetty.")).toBeVisible();
  await expect(page.getByTestId("submission-status")).toHaveText("Odottaa asiakasta");
  const thread = page.getByTestId("submission-thread");
  await expect(thread).toContainText("Täydennyspyyntö");
  await expect(page.getByTestId("ledger-timeline")).toContainText("Viesti lähetetty asiakkaalle");

  // Exactly one message went out, titled as previewed.
  const { messages } = await sandboxControl<{ messages: { title: string; externalId: string }[] }>(
    "GET",
    "/sent-messages",
  );
  expect(
    messages.filter((message) => message.externalId.startsWith("lomake-case-")).map((m) => m.title),
  ).toEqual([previewTitle]);

  // The citizen answers the request in the sandbox mailbox, with a file.
  const mailbox = await citizen.newPage();
  const received = mailbox
    .locator("article")
    .filter({ hasText: previewTitle })
    .filter({ has: mailbox.locator("summary") });
  await mailbox.goto(`${E2E_SANDBOX_URL}/mailbox?person=${TEST_PERSON}`);
  await expect(received).toBeVisible();
  await received.locator("summary").click();
  await received.getByLabel("Viesti").fill("Tässä kuva vanteesta.");
  await received.getByLabel("Liitteet").setInputFiles({
    name: "vanne.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4 vanne"),
  });
  await received.getByRole("button", { name: "Lähetä vastaus" }).click();
  await expect(mailbox.getByRole("status")).toBeVisible();

  await expect(async () => {
    await page.goto(`/admin/submissions/${row!.id}`);
    await expect(page.getByTestId("submission-status")).toHaveText("Käsittelyssä", { timeout: 1_000 });
  }).toPass({ timeout: 45_000 });
  await expect(thread).toContainText("Tässä kuva vanteesta.");
  await expect(thread.getByRole("link", { name: "vanne.pdf" })).toBeVisible();
  await citizen.close();
});

test("the form's settings show the default case message templates, accessible", async ({ page }) => {
  const [form] = await sql<{
    id: string;
  }>(`SELECT f.id FROM form f JOIN organization o ON o.id = f.organization_id
     WHERE o.slug = 'demo' AND f.slug = 'vahingonkorvausvaatimus'`);
  await signInAsDemoOwner(page);
  await page.goto(`/admin/forms/${form!.id}/settings`);
  const section = page.locator('section[aria-labelledby="settings-case-messages"]');
  await expect(section.getByRole("heading", { name: "Viestit käsittelyn aikana" })).toBeVisible();
  const request = section.getByTestId("case-template-supplementRequest");
  await expect(request.getByLabel("Otsikko (suomi)")).toHaveValue("Pyydämme täydennystä: {formTitle}");
  await expect(request).toContainText("{deadline}");
  const axe = await new AxeBuilder({ page })
    .include('section[aria-labelledby="settings-case-messages"]')
    .withTags(WCAG)
    .analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
