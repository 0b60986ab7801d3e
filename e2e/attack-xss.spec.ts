// Stored XSS: a form whose every editor text (title, page titles and descriptions, labels, hints, choices, info
// and heading texts) is an XSS payload, and citizen answers that are payloads too. Citizen pages, the check page
// and the builder's preview show them as text: nothing runs, no element or attribute is injected.
import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";
import { sql } from "./support/citizen";

const slug = `xss-${Date.now().toString(36)}`;

function payloadDefinition(): string {
  return execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "e2e/support/xss-definition.ts"],
    {
      encoding: "utf8",
    },
  );
}

async function expectNothingInjected(page: Page): Promise<void> {
  const found = await page.evaluate(() => ({
    ran: (window as unknown as { __xss?: unknown }).__xss ?? null,
    elements: document.querySelectorAll(
      'img[src="x"], svg[onload], iframe[srcdoc], details[ontoggle], b[onmouseover], math, style:not([nonce])',
    ).length,
    handlers: [...document.querySelectorAll("*")].filter((element) =>
      [...element.attributes].some((attribute) => attribute.name.toLowerCase().startsWith("on")),
    ).length,
    scriptLinks: document.querySelectorAll('a[href^="javascript:" i], a[href^="data:" i]').length,
  }));
  expect(found).toEqual({ ran: null, elements: 0, handlers: 0, scriptLinks: 0 });
}

test.beforeAll(async () => {
  const definition = JSON.parse(payloadDefinition()) as unknown;
  const [demo] = await sql<{ id: string; service: string }>(
    `SELECT o.id, s.id AS service FROM organization o JOIN suomifi_connection c ON c.organization_id = o.id
     JOIN suomifi_service s ON s.connection_id = c.id WHERE o.slug = 'demo'
     ORDER BY s.created_at, s.id LIMIT 1`,
  );
  const [form] = await sql<{ id: string }>(
    `INSERT INTO form (id, organization_id, slug, status, draft_definition, suomifi_service_id, updated_at)
     VALUES (gen_random_uuid(), $1, $2, 'live', $3, $4, now()) RETURNING id`,
    [demo!.id, slug, JSON.stringify(definition), demo!.service],
  );
  const [version] = await sql<{ id: string }>(
    `INSERT INTO form_version (id, form_id, version, definition, published_at)
     VALUES (gen_random_uuid(), $1, 1, $2, now()) RETURNING id`,
    [form!.id, JSON.stringify(definition)],
  );
  await sql("UPDATE form SET live_version_id = $1 WHERE id = $2", [version!.id, form!.id]);
});

test("a citizen sees every editor text and their own answers as text, on every page", async ({ page }) => {
  page.on("dialog", (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page.goto(`/f/demo/${slug}`);
  await expect(
    page.getByText("<img src=x onerror", { exact: false }).filter({ visible: true }).first(),
  ).toBeVisible();
  await expectNothingInjected(page);

  await page.getByRole("button", { name: "Aloita" }).click();
  await expect(page.locator("input, textarea").first()).toBeVisible();
  await expectNothingInjected(page);
  await expect(
    page.getByText("<script>window.__xss=1</script>", { exact: false }).filter({ visible: true }).first(),
  ).toBeVisible();

  // The citizen types payloads into the free-text fields and accepts the consent (the rest is optional).
  await page.locator('[name="shortText1"]').fill('"><svg onload=window.__xss=1> vastaus lyhyt');
  await page
    .locator('[name="longText1"]')
    .fill("</textarea><script>window.__xss=1</script> vastaus pitkä\nrivi 2");
  await page.locator('[name="consent1"]').check();
  await page.screenshot({ path: "test-results/screenshots/xss-citizen-step.png", fullPage: true });
  await page.getByRole("button", { name: "Jatka", exact: true }).click();
  // Check your answers: the editor's labels and the citizen's answers, as text.
  await expect(page).toHaveURL(/\/check$/);
  await expectNothingInjected(page);
  await page.screenshot({ path: "test-results/screenshots/xss-citizen-check.png", fullPage: true });
  for (const answer of [
    '"><svg onload=window.__xss=1> vastaus lyhyt',
    "</textarea><script>window.__xss=1</script> vastaus pitkä",
  ]) {
    await expect(page.getByText(answer, { exact: false }).filter({ visible: true }).first()).toBeVisible();
  }
});

test("the form editor and its preview show every payload as text", async ({ page }) => {
  page.on("dialog", (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await signInAsDemoOwner(page);
  const [form] = await sql<{ id: string }>("SELECT id FROM form WHERE slug = $1", [slug]);
  await page.goto(`/admin/forms/${form!.id}/edit`);
  await expect(
    page
      .getByText("</textarea><script>window.__xss=1</script>", { exact: false })
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
  await expectNothingInjected(page);
  await page
    .getByRole("tab", { name: "Esikatselu" })
    .or(page.getByRole("button", { name: "Esikatselu" }))
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Esikatselu" }).first()).toBeVisible();
  await expect(
    page.getByText("<svg onload=", { exact: false }).filter({ visible: true }).first(),
  ).toBeVisible();
  await expectNothingInjected(page);
  await page.screenshot({ path: "test-results/screenshots/xss-builder-preview.png", fullPage: true });
  await page.goto("/admin/forms");
  await expectNothingInjected(page);
});
