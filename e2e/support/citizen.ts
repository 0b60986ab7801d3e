// Shared steps of the citizen form-host journeys: fill the seeded damage-compensation claim, identify on the
// sandbox, and talk to the sandbox's control API and the e2e database.
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { E2E_DATABASE_URL } from "./admin";
import { E2E_SANDBOX_CONTROL_SECRET, E2E_SANDBOX_PORT, E2E_SANDBOX_URL } from "./e2e-constants";

export const CLAIM_PATH = "/f/demo/vahingonkorvausvaatimus";
export const TEST_PERSON = "010280-952L";
export const PERSON_WITHOUT_MESSAGES = "181064-998C";

export async function sandboxControl<T = unknown>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${E2E_SANDBOX_URL}/__control${path}`, {
    method,
    headers: { Authorization: `Bearer ${E2E_SANDBOX_CONTROL_SECRET}`, "Content-Type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`sandbox control ${method} ${path}: ${response.status}`);
  return (await response.json()) as T;
}

export type TSandboxSubmission = {
  postId: string;
  messageId: number;
  title: string;
  body: string;
  reference: string | null;
  attachments: unknown[];
};

export async function sandboxSubmissions(): Promise<TSandboxSubmission[]> {
  return (await sandboxControl<{ submissions: TSandboxSubmission[] }>("GET", "/submissions")).submissions;
}

export async function sql<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

const ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
function randomReference(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET[Math.floor(Math.random() * 30)]).join("");
  return `LMK-${group()}-${group()}`;
}

/** A delivered submission of the demo claim form, as retrieval and delivery leave it; returns its reference. */
export async function insertDeliveredClaim(): Promise<string> {
  const ref = randomReference();
  await sql(
    `INSERT INTO submission (id, organization_id, form_id, form_version_id, reference, language,
       answers_encrypted, message_text_encrypted, text_sha256, integrity_code, status, created_at, retrieved_at)
     SELECT gen_random_uuid(), f.organization_id, f.id, f.live_version_id, $1, 'fi', '-', '-', '-', '-',
       'delivered', now(), now()
     FROM form f JOIN organization o ON o.id = f.organization_id
     WHERE o.slug = 'demo' AND f.slug = 'vahingonkorvausvaatimus'`,
    [ref],
  );
  return ref;
}

export async function setClaimForm(changes: { isPaused?: boolean; closesAt?: Date | null }): Promise<void> {
  if (changes.isPaused !== undefined)
    await sql("UPDATE form SET is_paused = $1 WHERE slug = 'vahingonkorvausvaatimus'", [changes.isPaused]);
  if (changes.closesAt !== undefined)
    await sql("UPDATE form SET closes_at = $1 WHERE slug = 'vahingonkorvausvaatimus'", [changes.closesAt]);
  // The host caches form settings for 5 s.
  await new Promise((resolve) => setTimeout(resolve, 5_500));
}

export async function fillClaimant(page: Page): Promise<void> {
  await page.getByLabel("Etu- ja sukunimi").fill("Tessa Testilä");
  await page.getByLabel("Henkilötunnus").fill("010280-952L");
  await page.getByLabel("Katuosoite").fill("Testikatu 1 A 2");
  await page.getByLabel("Postinumero").fill("00100");
  await page.getByLabel("Postitoimipaikka").fill("Helsinki");
  await page.getByLabel("Puhelinnumero").fill("040 123 4567");
  await page.getByLabel("Sähköposti").fill("tessa@example.fi");
}

export async function fillIncident(page: Page): Promise<void> {
  await page.getByLabel("Vahingon päivämäärä").fill("3.2.2026");
  await page.getByLabel("Vahingon tapahtumapaikka").fill("Kauppakatu 5 kohdalla");
  await page.getByLabel("Ajoneuvovahinko").check();
  await page.getByLabel("Ajoneuvon rekisteritunnus").fill("ABC-123");
  await page.getByRole("group", { name: "Onko ajoneuvolla kaskovakuutus?" }).getByLabel("Ei").check();
  await page
    .getByLabel("Kuvaus vahingosta")
    .fill("Auto ajoi syvään kuoppaan, jota ei ollut merkitty.\nRengas ja vanne rikkoutuivat.");
}

export async function fillClaim(page: Page): Promise<void> {
  await page.getByLabel("Vaadittu korvaus").fill("350,50");
  await page.getByLabel("Tilinumero korvauksen maksamista varten").fill("FI49 5000 9420 0287 30");
}

export async function continueStep(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Jatka", exact: true }).click();
}

/** From the start page to check your answers. With JS off, conditional fields are shown after a continue. */
export async function fillWholeClaim(page: Page, options: { isJavaScriptEnabled: boolean }): Promise<void> {
  await page.goto(CLAIM_PATH);
  await page.getByRole("button", { name: "Aloita" }).click();
  await fillClaimant(page);
  await continueStep(page);
  await expect(page.getByRole("heading", { level: 1, name: "Vahinkotapahtuma" })).toBeVisible();
  if (!options.isJavaScriptEnabled) {
    await page.getByLabel("Ajoneuvovahinko").check();
    await continueStep(page);
    await expect(page.getByRole("heading", { name: "Korjaa seuraavat tiedot" })).toBeVisible();
  }
  await fillIncident(page);
  await continueStep(page);
  await expect(page.getByRole("heading", { level: 1, name: "Korvausvaatimus" })).toBeVisible();
  await fillClaim(page);
  await continueStep(page);
  await page.getByLabel("Vakuutan antamani tiedot oikeiksi.").check();
  await continueStep(page);
  await expect(
    page.getByRole("heading", { level: 1, name: "Tarkista vastauksesi ennen lähettämistä" }),
  ).toBeVisible();
}

/** On the sandbox: choose a test person and continue (or cancel). */
export async function identifyOnSandbox(
  page: Page,
  hetu: string,
  action: "identify" | "cancel" = "identify",
): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`127\\.0\\.0\\.1:${E2E_SANDBOX_PORT}/identify/`));
  await page.locator(`input[name="hetu"][value="${hetu}"]`).check();
  await page.locator(`button[name="action"][value="${action}"]`).click();
}

// The submission text's last line is "Tarkistuskoodi: XXXX-…" (lib/submissions/submission-text.ts). These mirror
// splitIntegrityLine for a text already normalised by the sandbox (lib/forms cannot load in Playwright's loader).
const INTEGRITY_LINE = /\n(?:Tarkistuskoodi|Kontrollkod|Integrity code): ([0-9A-F]{4}(?:-[0-9A-F]{4}){7})$/;

export function integrityCodeOf(text: string): string | null {
  return INTEGRITY_LINE.exec(text.replace(/\r\n?/g, "\n").replace(/\n+$/, ""))?.[1] ?? null;
}

export function textWithoutIntegrityLine(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(/\n+$/, "").replace(INTEGRITY_LINE, "");
}
