import { expect, test } from "@playwright/test";
import { createOrganisationOwner, signIn, uniqueEmail } from "./support/admin";

const PASSWORD = "Iso-pyynto-salasana-2026";

test("an oversized Server Action body is refused with 413 and a clear message, and nothing is stored", async ({
  page,
}) => {
  const owner = uniqueEmail("iso");
  createOrganisationOwner(`iso-${Date.now().toString(36)}`, owner, PASSWORD);
  await signIn(page, owner, PASSWORD);
  await expect(page.getByRole("heading", { level: 1, name: "Etusivu" })).toBeVisible();
  await page.goto("/admin/members");
  const invited = uniqueEmail("iso-kutsu");
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
  const body = request.postDataBuffer()!.toString("latin1");
  const boundary = /boundary=(.+)$/.exec(headers["content-type"] ?? "")?.[1];
  expect(boundary).toBeTruthy();
  const huge = uniqueEmail("liian-iso");
  const padding = `--${boundary}\r\nContent-Disposition: form-data; name="padding"\r\n\r\n${"A".repeat(3 * 1024 * 1024)}\r\n`;
  const response = await page.request.fetch(request.url(), {
    method: "POST",
    headers,
    data: Buffer.from(padding + body.replace(invited, huge), "latin1"),
    maxRedirects: 0,
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toBe("Request body too large: the limit is 1 MB.");
  await page.reload();
  await expect(page.getByRole("region", { name: "Avoimet kutsut" }).getByText(huge)).toHaveCount(0);
});
