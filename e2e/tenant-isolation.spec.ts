import { expect, test } from "@playwright/test";
import { createOrganisationOwner, signIn, signInAsDemoOwner, uniqueEmail } from "./support/admin";
import { E2E_APP_URL } from "./support/e2e-constants";

test("an owner of organisation B sees nothing of organisation A and gets 404 acting on A's members", async ({
  browser,
}) => {
  const ownerA = await browser.newPage();
  await signInAsDemoOwner(ownerA);
  await ownerA.goto("/admin/members");
  const aMembershipId = await ownerA
    .locator('[data-testid="member-row"] input[name="membershipId"]')
    .first()
    .inputValue();
  const aMemberCount = await ownerA.getByTestId("member-row").count();

  const emailB = uniqueEmail("omistaja-b");
  createOrganisationOwner("kunta-b", emailB, "organisaatio B:n salasana");
  const context = await browser.newContext();
  const ownerB = await context.newPage();
  await signIn(ownerB, emailB, "organisaatio B:n salasana");
  await expect(ownerB.getByText("Kunta kunta-b").first()).toBeVisible();

  // A cookie naming organisation A does not switch B into it.
  await context.addCookies([{ name: "lomake-org", value: "demo", url: E2E_APP_URL }]);
  for (const path of ["/admin", "/admin/members", "/admin/audit"]) {
    await ownerB.goto(path);
    await expect(ownerB.getByText("Demokunta")).toHaveCount(0);
  }
  await expect(ownerB.getByTestId("member-row")).toHaveCount(0); // audit page has no member rows
  await ownerB.goto("/admin/members");
  await expect(ownerB.getByTestId("member-row")).toHaveCount(1);

  // B's own form, pointed at A's membership: the action answers 404 and A's members stay.
  const row = ownerB.getByTestId("member-row").first();
  await row
    .locator('input[name="membershipId"]')
    .evaluate((input, id) => ((input as HTMLInputElement).value = id), aMembershipId);
  const [response] = await Promise.all([
    ownerB.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/admin/members")),
    row.getByRole("button", { name: /Vaihda rooli/ }).click(),
  ]);
  expect(response.status()).toBe(404);
  await ownerA.reload();
  await expect(ownerA.getByTestId("member-row")).toHaveCount(aMemberCount);
  await context.close();
});
