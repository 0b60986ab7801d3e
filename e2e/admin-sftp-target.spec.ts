// An owner adds an SFTP target on a phone and on a desktop: fetches the server's host key, compares and confirms
// the fingerprint, enters the account, directory and private key; a key the server refuses is explained in
// Finnish and nothing is saved; the saved target lists as itself (sftp://…) and its test writes to the server.
// A real OpenSSH server (Debian's openssh-server) runs for it on a loopback port.
import AxeBuilder from "@axe-core/playwright";
import { readdirSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import ssh2 from "ssh2";
import { startSshd, type TTestSshd } from "@/lib/testing/start-sshd";
import { signInAsDemoOwner } from "./support/admin";
import { sql } from "./support/citizen";
import { E2E_SSHD_PORT } from "./support/e2e-constants";

// ssh2 is CommonJS: Node's ESM loader (the worker, tsx) sees only its default export.
const { utils } = ssh2;

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
const SCREENSHOTS = "test-results/screenshots";

test.describe.configure({ mode: "serial" });

let sshd: TTestSshd;

test.beforeAll(async () => {
  sshd = await startSshd({ port: E2E_SSHD_PORT });
});
test.afterAll(async () => {
  // Later journeys send claims too: no deliveries to a server that is gone.
  await sql("UPDATE delivery_target SET is_enabled = false WHERE kind = 'sftp'", []);
  await sshd?.stop();
});

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

async function allowLoopback(page: Page) {
  const allowlist = page.locator('section[aria-labelledby="allowlist-title"]');
  if (await allowlist.getByText("127.0.0.1/32").count()) return;
  await allowlist.getByLabel("Osoitealue (CIDR)").fill("127.0.0.1/32");
  await allowlist.getByRole("button", { name: "Lisää" }).click();
  await expect(allowlist.getByText("127.0.0.1/32")).toBeVisible();
}

async function fetchHostKey(page: Page) {
  const create = page.locator('section[aria-labelledby="create-target-title"]');
  await create.getByRole("link", { name: "SFTP (tiedostot)" }).click();
  await expect(create.getByRole("link", { name: "SFTP (tiedostot)" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await create.getByLabel("Palvelin").fill(sshd.host);
  await create.getByLabel("Portti").fill(String(sshd.port));
  await create.getByRole("button", { name: "Hae palvelimen isäntäavain" }).click();
  await expect(create.getByTestId("sftp-fingerprint")).toHaveText(sshd.hostKeySha256);
  return create;
}

async function fillAccount(create: ReturnType<Page["locator"]>, name: string, privateKey: string) {
  await create.getByLabel("Olen verrannut sormenjäljen ja se on palvelimen").check();
  await create.getByLabel("Nimi", { exact: true }).fill(name);
  await create.getByLabel("Käyttäjätunnus").fill(sshd.username);
  await create.getByLabel("Hakemisto").fill(sshd.directory);
  await create.getByLabel("Yksityinen avain (OpenSSH tai PEM)").fill(privateKey);
}

test("an owner adds an SFTP target on a phone, after a refused key changes nothing", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await signInAsDemoOwner(page);
  await page.goto("/admin/delivery");
  await allowLoopback(page);

  const create = await fetchHostKey(page);
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/admin-delivery-sftp-host-key-375.png`, fullPage: true });

  // A key the server does not have in authorized_keys: explained, and no target appears.
  await fillAccount(create, "E2E-arkisto (SFTP)", utils.generateKeyPairSync("ed25519").private);
  await create.getByRole("button", { name: "Lisää", exact: true }).click();
  await expect(create.getByRole("alert")).toContainText("Palvelin ei hyväksynyt avainta");
  await expect(create.getByLabel("Yksityinen avain (OpenSSH tai PEM)")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expectNoAxeViolations(page);
  expect(await sql("SELECT count(*)::int AS n FROM delivery_target WHERE kind = 'sftp'", [])).toEqual([
    { n: 0 },
  ]);

  await create.getByLabel("Yksityinen avain (OpenSSH tai PEM)").fill(sshd.clientKey.privateKey);
  await create.getByRole("button", { name: "Lisää", exact: true }).click();
  await expect(create.getByText("Kohde lisätty.")).toBeVisible();
  await expect(create.getByLabel("Yksityinen avain (OpenSSH tai PEM)")).toHaveValue("");

  const row = page.getByRole("row").filter({ hasText: "E2E-arkisto (SFTP)" });
  await expect(row).toContainText("SFTP (tiedostot)");
  await expect(row.getByTestId("target-address")).toHaveText(
    `sftp://${sshd.username}@${sshd.host}:${sshd.port}/${sshd.directory.replace(/^\//, "")}`,
  );
  await expect(row.getByRole("button", { name: "Vaihda salaisuus" })).toHaveCount(0);
  await row.getByRole("button", { name: "Lähetä testitapahtuma" }).click();
  await expect(row.getByText("Yhteys toimii: testitiedosto kirjoitettiin ja poistettiin.")).toBeVisible();
  expect(readdirSync(sshd.directory)).toEqual([]);

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, "the delivery page scrolls sideways on a phone").toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SCREENSHOTS}/admin-delivery-sftp-added-375.png`, fullPage: true });
  await expectNoAxeViolations(page);

  const stored = await sql<{ options: Record<string, unknown>; secrets: string }>(
    "SELECT options, secrets_encrypted AS secrets FROM delivery_target WHERE name = $1",
    ["E2E-arkisto (SFTP)"],
  );
  expect(stored[0]!.options).toMatchObject({ hostKeySha256: sshd.hostKeySha256, directory: sshd.directory });
  expect(stored[0]!.secrets).not.toContain(sshd.clientKey.privateKey.split("\n")[1]!);
});

test("the same journey on a desktop screen", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAsDemoOwner(page);
  await page.goto("/admin/delivery");
  await allowLoopback(page);
  const create = await fetchHostKey(page);
  await page.screenshot({ path: `${SCREENSHOTS}/admin-delivery-sftp-host-key-desktop.png`, fullPage: true });
  await fillAccount(create, "E2E-arkisto 2 (SFTP)", sshd.clientKey.privateKey);
  await create.getByRole("button", { name: "Lisää", exact: true }).click();
  await expect(create.getByText("Kohde lisätty.")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "E2E-arkisto 2 (SFTP)" })).toContainText(
    "SFTP (tiedostot)",
  );
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SCREENSHOTS}/admin-delivery-sftp-added-desktop.png`, fullPage: true });
});
