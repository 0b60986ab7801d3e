import { expect, test } from "@playwright/test";
import { createOrganisationOwner, signIn, uniqueEmail } from "./support/admin";
import { E2E_APP_URL } from "./support/e2e-constants";

const PASSWORD = "Csrf-omistajan-salasana-2026";

test("a Server Action replayed from another origin, a null origin or no origin is refused with 403 and changes nothing", async ({
  page,
}) => {
  const owner = uniqueEmail("csrf");
  createOrganisationOwner(`csrf-${Date.now().toString(36)}`, owner, PASSWORD);
  await signIn(page, owner, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Etusivu" })).toBeVisible();
  await page.goto("/admin/members");

  // The real browser invites someone: capture that Server Action request as it was sent.
  const invited = uniqueEmail("kutsuttu-a");
  await page.getByLabel("Sähköposti", { exact: true }).fill(invited);
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && "next-action" in r.headers()),
    page.getByRole("button", { name: "Lähetä kutsu" }).click(),
  ]);
  await expect(page.getByTestId("invitation-link")).toBeVisible();
  const headers = await request.allHeaders();
  expect(headers.origin).toBe(E2E_APP_URL);
  const body = request.postDataBuffer()!;

  // The same request with another invitee, from elsewhere: each refused before the action runs.
  const replay = async (origin: string | null, email: string) => {
    const { origin: _own, ...rest } = headers;
    const forged = Object.fromEntries(
      Object.entries(rest).filter(([name]) => !name.startsWith(":") && name !== "content-length"),
    );
    return page.request.fetch(request.url(), {
      method: "POST",
      headers: origin === null ? forged : { ...forged, origin },
      data: Buffer.from(body.toString("latin1").replace(invited, email), "latin1"),
      maxRedirects: 0,
    });
  };
  const attempts: [string | null, string][] = [
    ["https://evil.example", uniqueEmail("vieras-1")],
    ["null", uniqueEmail("vieras-2")],
    [null, uniqueEmail("vieras-3")],
    [`${E2E_APP_URL}.evil.example`, uniqueEmail("vieras-4")],
    ["http://127.0.0.1:1", uniqueEmail("vieras-5")],
  ];
  for (const [origin, email] of attempts) {
    const response = await replay(origin, email);
    expect(response.status(), `Origin ${origin}`).toBe(403);
    expect(await response.text()).toBe("Cross-origin request refused.");
  }
  // The control: the same replay from our own origin does run (so the refusals above were the origin's doing).
  const accepted = uniqueEmail("hyvaksytty");
  const own = await replay(E2E_APP_URL, accepted);
  expect(own.status()).toBe(200);

  await page.reload();
  const invitations = page.getByRole("region", { name: "Avoimet kutsut" });
  await expect(invitations.getByText(invited, { exact: true })).toBeVisible();
  await expect(invitations.getByText(accepted, { exact: true })).toBeVisible();
  await expect(invitations.getByText(/vieras-/)).toHaveCount(0);
});

test("the same form still works as a plain form post without JavaScript", async ({ browser, page }) => {
  const owner = uniqueEmail("csrf-nojs");
  createOrganisationOwner(`csrf-nojs-${Date.now().toString(36)}`, owner, PASSWORD);
  await signIn(page, owner, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Etusivu" })).toBeVisible();
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const noScript = await context.newPage();
  await noScript.goto("/admin/members");
  const invited = uniqueEmail("ilman-js");
  await noScript.getByLabel("Sähköposti", { exact: true }).fill(invited);
  const [response] = await Promise.all([
    noScript.waitForResponse((r) => r.request().method() === "POST"),
    noScript.getByRole("button", { name: "Lähetä kutsu" }).click(),
  ]);
  expect(response.status()).toBeLessThan(400);
  await noScript.goto("/admin/members");
  await expect(noScript.getByText(invited, { exact: true })).toBeVisible();
  await context.close();
});
