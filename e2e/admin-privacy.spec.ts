import { expect, test } from "@playwright/test";
import { createOrganisationOwner, signIn, uniqueEmail } from "./support/admin";
import { sql } from "./support/citizen";

const PASSWORD = "Tietosuoja-omistaja-2026";
const PERSON = "131052-308T";

test("an owner finds one person's data by henkilötunnus and erases it; the code never enters a URL", async ({
  page,
}) => {
  const owner = uniqueEmail("tietosuoja");
  const slug = `tietosuoja-${Date.now().toString(36)}`;
  createOrganisationOwner(slug, owner, PASSWORD);
  // A message the person sent to the organisation, as retrieval stores it (contents left out: not needed here).
  const [org] = await sql<{ id: string }>("SELECT id FROM organization WHERE slug = $1", [slug]);
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  await signIn(page, owner, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Etusivu" })).toBeVisible();
  await page.getByRole("link", { name: "Tietosuojapyynnöt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tietosuojapyynnöt" })).toBeVisible();

  await page.getByLabel("Henkilötunnus").fill("131052-308U");
  await page.getByRole("button", { name: "Hae tiedot" }).click();
  await expect(page.getByText("Henkilötunnus ei ole oikeanmuotoinen.").first()).toBeVisible();

  await page.getByLabel("Henkilötunnus").fill(PERSON.toLowerCase());
  await page.getByRole("button", { name: "Hae tiedot" }).click();
  const found = page.getByTestId("person-found");
  await expect(found.getByRole("heading", { name: "Henkilön 131052-**** tiedot" })).toBeVisible();
  await expect(found.getByText("Lähetykset (0)")).toBeVisible();
  await expect(found).not.toContainText("308T");

  await page.getByRole("button", { name: "Poista henkilön tiedot" }).click();
  await expect(page.getByText("Vahvista poisto valitsemalla valintaruutu.").first()).toBeVisible();
  await page.getByLabel("Ymmärrän, että henkilön 131052-**** tiedot poistetaan pysyvästi").check();
  await page.getByRole("button", { name: "Poista henkilön tiedot" }).click();
  await expect(page.getByTestId("person-erased")).toContainText("Henkilön 131052-**** tiedot poistettiin.");
  await page.screenshot({ path: "test-results/screenshots/privacy-erased.png", fullPage: true });

  expect(urls.filter((url) => /308T|131052/i.test(decodeURIComponent(url)))).toEqual([]);
  const events = await sql<{ action: string; details: unknown }>(
    "SELECT action, details FROM audit_event WHERE organization_id = $1 AND action LIKE 'privacy.%' ORDER BY created_at",
    [org!.id],
  );
  expect(events.map((event) => event.action)).toEqual(["privacy.person_lookup", "privacy.person_erased"]);
  expect(JSON.stringify(events)).not.toMatch(/131052|308T/i);
});
