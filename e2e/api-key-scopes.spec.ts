import { expect, test, type Page } from "@playwright/test";
import { signInAsDemoOwner } from "./support/admin";

async function createKey(page: Page, name: string, scopes: Record<string, boolean>): Promise<string> {
  await page.goto("/admin/delivery/api-keys");
  await page.getByLabel("Avaimen nimi").fill(name);
  for (const [scope, isChecked] of Object.entries(scopes)) {
    await page.getByRole("checkbox", { name: new RegExp(scope) }).setChecked(isChecked);
  }
  await page.getByRole("button", { name: "Luo avain" }).click();
  const secret = page.getByTestId("shown-once-secret");
  await expect(secret).toBeVisible();
  return (await secret.textContent())!.trim();
}

test("an owner chooses a key's scopes; the API holds the key to them", async ({ page, request }) => {
  await signInAsDemoOwner(page);
  const sender = await createKey(page, `Asianhallinta ${Date.now()}`, {
    "submissions:read": false,
    "submissions:ack": false,
    "messages:send": true,
  });
  const reader = await createKey(page, `Arkisto ${Date.now()}`, {});
  // The list shows what each key may do.
  await page.goto("/admin/delivery/api-keys");
  const senderRow = page.getByRole("row", { name: new RegExp(`${sender.slice(0, 10)}`) });
  await expect(senderRow).toContainText("messages:send");
  await expect(senderRow).not.toContainText("submissions:read");
  const readerRow = page.getByRole("row", { name: new RegExp(`${reader.slice(0, 10)}`) });
  await expect(readerRow).toContainText("submissions:read");
  await expect(readerRow).toContainText("submissions:ack");
  await expect(readerRow).not.toContainText("messages:send");

  const unknownSubmission = crypto.randomUUID();
  const send = (key: string) =>
    request.post(`/api/v1/submissions/${unknownSubmission}/messages`, {
      headers: { authorization: `Bearer ${key}`, "idempotency-key": crypto.randomUUID() },
      data: { text: "Hei" },
    });
  const list = (key: string) =>
    request.get("/api/v1/submissions", { headers: { authorization: `Bearer ${key}` } });

  expect((await list(reader)).status()).toBe(200);
  const refusedSend = await send(reader);
  expect(refusedSend.status()).toBe(403);
  expect((await refusedSend.json()).error).toBe("insufficient_scope");

  expect((await send(sender)).status()).toBe(404); // allowed; no such submission
  // A body of 14 MB reaches the API whole (no framework limit cuts it): the file is refused by its size.
  const oversized = await request.post(`/api/v1/submissions/${unknownSubmission}/messages`, {
    headers: { authorization: `Bearer ${sender}`, "idempotency-key": crypto.randomUUID() },
    data: {
      text: "Päätös",
      attachments: [
        {
          filename: "iso.pdf",
          mediaType: "application/pdf",
          contentBase64: Buffer.concat([
            Buffer.from("%PDF-1.7\n"),
            Buffer.alloc(10 * 1024 * 1024 + 1),
          ]).toString("base64"),
        },
      ],
    },
  });
  expect(oversized.status()).toBe(422);
  expect((await oversized.json()).error).toBe("attachment_too_large");
  const refusedList = await list(sender);
  expect(refusedList.status()).toBe(403);
  expect((await refusedList.json()).error).toBe("insufficient_scope");
});
