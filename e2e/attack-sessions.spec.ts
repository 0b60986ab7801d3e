// Attack tests against the running app: a session cookie copied before sign-out (or before "sign out
// everywhere", or a password change) opens nothing afterwards; a forged X-Forwarded-For neither escapes the
// sign-in throttle nor reaches the audit log; next-auth's routes answer control characters with a 400.
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { createOrganisationOwner, signIn, uniqueEmail } from "./support/admin";
import { sql } from "./support/citizen";

const PASSWORD = "Istunto-salasana-2026";

async function signedInContext(
  browser: Browser,
  email: string,
  password = PASSWORD,
): Promise<BrowserContext> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { level: 1, name: "Etusivu" })).toBeVisible();
  return context;
}

/** A fresh browser holding only a copy of the cookies: what an attacker who copied them would have. */
async function expectCopiedCookiesSignedOut(
  browser: Browser,
  cookies: Awaited<ReturnType<BrowserContext["cookies"]>>,
) {
  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const page = await thief.newPage();
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await thief.close();
}

function owner(prefix: string): string {
  const email = uniqueEmail(prefix);
  createOrganisationOwner(`${prefix}-${Date.now().toString(36)}`, email, PASSWORD);
  return email;
}

test("a cookie copied before sign-out no longer opens the admin area", async ({ browser }) => {
  const email = owner("signout");
  const context = await signedInContext(browser, email);
  const copied = await context.cookies();
  // The control: the copy works while the session is live.
  const live = await browser.newContext();
  await live.addCookies(copied);
  const livePage = await live.newPage();
  await livePage.goto("/admin");
  await expect(livePage.getByRole("heading", { level: 1, name: "Etusivu" })).toBeVisible();
  await live.close();

  const page = context.pages()[0]!;
  await page.getByRole("button", { name: "Kirjaudu ulos" }).click();
  await expect(page.getByText("Olet kirjautunut ulos.")).toBeVisible();
  await expectCopiedCookiesSignedOut(browser, copied);
  await context.close();
});

test("sign out everywhere ends every browser's session; a password change ends the others'", async ({
  browser,
}) => {
  const email = owner("everywhere");
  const first = await signedInContext(browser, email);
  const second = await signedInContext(browser, email);
  const secondCookies = await second.cookies();

  const page = first.pages()[0]!;
  await page.goto("/admin/account/security");
  await page.getByLabel("Nykyinen salasana").fill(PASSWORD);
  await page.getByLabel("Uusi salasana", { exact: true }).fill("Uusi-istunto-salasana-2026");
  await page.getByLabel("Uusi salasana uudelleen").fill("Uusi-istunto-salasana-2026");
  await page.getByRole("button", { name: "Vaihda salasana" }).click();
  await expect(
    page.getByText("Salasana vaihdettu. Muilla selaimilla päätettyjä istuntoja: 1."),
  ).toBeVisible();
  await expectCopiedCookiesSignedOut(browser, secondCookies);
  // This browser stayed in.
  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Etusivu" })).toBeVisible();

  const firstCookies = await first.cookies();
  await page.goto("/admin/account/security");
  await page.getByRole("button", { name: "Kirjaudu ulos kaikkialta" }).click();
  await expect(page).toHaveURL(/\/admin\/sign-in/);
  await expectCopiedCookiesSignedOut(browser, firstCookies);
  await first.close();
  await second.close();
});

test("a forged X-Forwarded-For does not escape the sign-in throttle or reach the audit log", async ({
  page,
}) => {
  const email = owner("forwarded");
  for (let attempt = 0; attempt < 8; attempt += 1) {
    await page.setExtraHTTPHeaders({ "x-forwarded-for": `203.0.113.${attempt + 10}` });
    await signIn(page, email, `väärä-arvaus-${attempt}`);
    await expect(page.getByTestId("sign-in-error")).toBeVisible();
  }
  // Nothing was counted under a forged address, and no audit entry names one.
  const forgedKeys = await sql<{ count: string }>(
    "SELECT count(*)::text AS count FROM sign_in_throttle WHERE key LIKE '%203.0.113.%'",
  );
  expect(forgedKeys[0]!.count).toBe("0");
  const rows = await sql<{ ip: string | null }>(
    "SELECT ip FROM audit_event WHERE actor_email = $1 AND action IN ('auth.sign_in_failed', 'auth.sign_in_delayed')",
    [email],
  );
  expect(rows).toHaveLength(8);
  for (const row of rows) expect(row.ip).toMatch(/^(127\.0\.0\.1|::1|::ffff:127\.0\.0\.1)$/);
});

test("next-auth's routes answer control and non-Latin-1 characters with a 400, never a 500", async ({
  request,
}) => {
  for (const value of [
    "%0D%0ASet-Cookie:%20x=1",
    "%0A",
    "%00",
    "%E2%80%A8",
    "%F0%9F%98%80",
    "%E4%BD%A0%E5%A5%BD",
    "a%0Db",
  ]) {
    for (const path of [
      `/api/auth/error?error=${value}`,
      `/api/auth/signin?callbackUrl=${value}`,
      `/api/auth/providers?x=${value}`,
    ]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(400);
      expect(response.headers()["set-cookie"] ?? "", path).not.toContain("x=1");
    }
  }
  // The control: an ordinary error value still gets next-auth's redirect to the sign-in page.
  const ordinary = await request.get("/api/auth/error?error=Configuration", { maxRedirects: 0 });
  expect(ordinary.status()).toBe(302);
});

test("a malformed Server Action body answers 400 (or 411 without a length), never a 500, and changes nothing", async ({
  page,
}) => {
  const email = owner("malformed");
  await signIn(page, email, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Etusivu" })).toBeVisible();
  await page.goto("/admin/members");
  const invited = uniqueEmail("kutsuttu-m");
  await page.getByLabel("Sähköposti", { exact: true }).fill(invited);
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && "next-action" in r.headers()),
    page.getByRole("button", { name: "Lähetä kutsu" }).click(),
  ]);
  await expect(page.getByTestId("invitation-link")).toBeVisible();
  const headers = Object.fromEntries(
    Object.entries(await request.allHeaders()).filter(
      ([name]) => !name.startsWith(":") && name !== "content-length",
    ),
  );
  const bodies: [string, string, string | Buffer][] = [
    ["text/plain;charset=UTF-8", "not json", "not json"],
    ["text/plain;charset=UTF-8", "truncated JSON", '["$K1",{"a":'],
    ["text/plain;charset=UTF-8", "an object, not a list", '{"0":1}'],
    ["text/plain;charset=UTF-8", "NUL bytes", Buffer.from([0, 0, 0, 0])],
    ["multipart/form-data", "multipart without a boundary", "--x\r\n"],
    [
      "multipart/form-data; boundary=zzz",
      "broken multipart",
      "--zzz\r\nContent-Disposition: form-data\r\n\r\nx",
    ],
    ["application/xml", "another content type", "<a/>"],
  ];
  for (const [contentType, label, data] of bodies) {
    const response = await page.request.fetch(request.url(), {
      method: "POST",
      headers: { ...headers, "content-type": contentType },
      data,
      maxRedirects: 0,
    });
    expect(response.status(), label).toBe(400);
  }
  const count = await sql<{ count: string }>(
    "SELECT count(*)::text AS count FROM invitation WHERE email = $1",
    [invited],
  );
  expect(count[0]!.count).toBe("1");
});
