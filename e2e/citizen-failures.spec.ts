// Failure paths: no Suomi.fi Messages, cancelled identification (send again under the same reference),
// the form closing between start and submit, a maintenance break, and a tampered hand-off text.
import { expect, test } from "@playwright/test";
import { E2E_SANDBOX_PORT } from "./support/e2e-constants";
import {
  fillWholeClaim,
  identifyOnSandbox,
  integrityCodeOf,
  textWithoutIntegrityLine,
  PERSON_WITHOUT_MESSAGES,
  sandboxControl,
  sandboxSubmissions,
  setClaimForm,
  sql,
  TEST_PERSON,
} from "./support/citizen";

test.use({ javaScriptEnabled: false });

async function toHandoff(page: import("@playwright/test").Page): Promise<string> {
  await fillWholeClaim(page, { isJavaScriptEnabled: false });
  await page.getByRole("button", { name: "Hyväksy ja lähetä" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Lähetä lomake Suomi.fi-viestien kautta" }),
  ).toBeVisible();
  return (await page.locator(".reference").first().textContent())!.trim();
}

test("no Suomi.fi Messages: the sandbox error leads back to our page, which explains and offers send again", async ({
  page,
}) => {
  const reference = await toHandoff(page);
  await page.getByRole("button", { name: "Jatka Suomi.fi-palveluun" }).click();
  await identifyOnSandbox(page, PERSON_WITHOUT_MESSAGES);
  await page.getByRole("link", { name: "Palaa asiointipalveluun" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Suomi.fi-viestit eivät ole käytössäsi" }),
  ).toBeVisible();
  await expect(page.getByText(reference)).toBeVisible();
  await page.getByRole("button", { name: "Lähetä uudelleen" }).click();
  await expect(page.locator(".reference").first()).toHaveText(reference);
  await page.getByRole("button", { name: "Jatka Suomi.fi-palveluun" }).click();
  await identifyOnSandbox(page, TEST_PERSON);
  await expect(page.getByRole("heading", { level: 1, name: "Kiitos, lomake on lähetetty" })).toBeVisible();
  const [row] = await sql<{ handoff_count: number; status: string }>(
    "SELECT handoff_count, status FROM submission WHERE reference = $1",
    [reference],
  );
  // The e2e worker polls Suomi.fi every 2 s, so the submission may already be retrieved.
  expect(row!.handoff_count).toBe(2);
  expect(["returned", "retrieved", "delivered"]).toContain(row!.status);
  expect(
    (await sandboxSubmissions()).filter((submission) => submission.body.includes(reference)),
  ).toHaveLength(1);
});

test("cancelled identification offers check your answers with nothing lost", async ({ page }) => {
  const reference = await toHandoff(page);
  await page.getByRole("button", { name: "Jatka Suomi.fi-palveluun" }).click();
  await identifyOnSandbox(page, TEST_PERSON, "cancel");
  await expect(page.getByRole("heading", { level: 1, name: "Lähettäminen keskeytettiin" })).toBeVisible();
  await page.getByRole("link", { name: "Takaisin vastausten tarkistukseen" }).click();
  await expect(page.getByText("ABC-123")).toBeVisible();
  await page.getByRole("button", { name: "Hyväksy ja lähetä" }).click();
  await expect(page.locator(".reference").first()).toHaveText(reference);
});

test("the form closing between start and submit is explained and nothing is sent", async ({ page }) => {
  await fillWholeClaim(page, { isJavaScriptEnabled: false });
  await setClaimForm({ closesAt: new Date(Date.now() - 60_000) });
  try {
    await page.getByRole("button", { name: "Hyväksy ja lähetä" }).click();
    await expect(
      page.getByText("Lomake on suljettu. Sitä ei voi enää täyttää eikä lähettää.").first(),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: "Hyväksy ja lähetä" })).toHaveCount(0);
  } finally {
    await setClaimForm({ closesAt: null });
  }
});

test("a maintenance break: the pause switch shows a notice, keeps the draft and refuses the hand-off", async ({
  page,
}) => {
  await fillWholeClaim(page, { isJavaScriptEnabled: false });
  await setClaimForm({ isPaused: true });
  try {
    await page.reload();
    await expect(page.getByText(/tilapäisesti keskeytetty huoltokatkon vuoksi/).first()).toBeVisible();
    await expect(page.getByRole("button", { name: "Hyväksy ja lähetä" })).toHaveCount(0);
    await page.goto("/f/demo/vahingonkorvausvaatimus/step/claimant");
    await expect(page.getByLabel("Etu- ja sukunimi")).toHaveValue("Tessa Testilä");
  } finally {
    await setClaimForm({ isPaused: false });
  }
  // Suomi.fi itself in maintenance: its page is shown and the submission stays ready to send again.
  await page.goto("/f/demo/vahingonkorvausvaatimus/check");
  await page.getByRole("button", { name: "Hyväksy ja lähetä" }).click();
  await sandboxControl("POST", "/maintenance", { isEnabled: true });
  try {
    await page.getByRole("button", { name: "Jatka Suomi.fi-palveluun" }).click();
    await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:${E2E_SANDBOX_PORT}`));
    await expect(page.locator("body")).toContainText(/huolto|maintenance/i);
  } finally {
    await sandboxControl("POST", "/maintenance", { isEnabled: false });
  }
});

test("a hand-off text changed in the browser is detectable from the integrity code", async ({ page }) => {
  const reference = await toHandoff(page);
  await page.getByLabel("Lähetettävä viesti").evaluate((element) => {
    const textarea = element as HTMLTextAreaElement;
    textarea.readOnly = false;
    textarea.value = textarea.value.replace("350,50 €", "3 500,50 €");
  });
  await page.getByRole("button", { name: "Jatka Suomi.fi-palveluun" }).click();
  await identifyOnSandbox(page, TEST_PERSON);
  await expect(page.getByRole("heading", { level: 1, name: "Kiitos, lomake on lähetetty" })).toBeVisible();
  const stored = (await sandboxSubmissions()).find((submission) => submission.body.includes(reference))!;
  expect(stored.body).toContain("3 500,50 €");
  const code = integrityCodeOf(stored.body);
  const textWithoutCodeLine = textWithoutIntegrityLine(stored.body);
  const [row] = await sql<{ text_sha256: string; integrity_code: string }>(
    "SELECT text_sha256, integrity_code FROM submission WHERE reference = $1",
    [reference],
  );
  const { createHash } = await import("node:crypto");
  expect(code).toBe(row!.integrity_code);
  expect(createHash("sha256").update(textWithoutCodeLine).digest("hex")).not.toBe(row!.text_sha256);
});
