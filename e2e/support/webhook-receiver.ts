// A target system for the delivery journeys: a local HTTP receiver that verifies each Standard Webhooks signature
// with the standardwebhooks library, and can be told to fail (HTTP 500) for a while.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, type Page } from "@playwright/test";
import { Webhook } from "standardwebhooks";

export type TReceivedWebhook = {
  webhookId: string;
  isValid: boolean;
  payload: Record<string, unknown> & {
    type?: string;
    submission?: { reference?: string };
    answers?: { values?: Record<string, unknown>; labels?: Record<string, string> };
    sender?: {
      kind?: string;
      name?: string;
      personalIdentityCode?: string | null;
      businessId?: string | null;
    } | null;
    onBehalfOf?: { kind?: string; name?: string; businessId?: string | null } | null;
  };
};

export async function startWebhookReceiver() {
  const received: TReceivedWebhook[] = [];
  const state = { secret: "", failWith: null as number | null, failedCount: 0 };
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      if (state.failWith !== null) {
        state.failedCount += 1;
        response.writeHead(state.failWith).end("receiver is down for maintenance");
        return;
      }
      const body = Buffer.concat(chunks).toString("utf8");
      let isValid = false;
      try {
        new Webhook(state.secret).verify(body, request.headers as Record<string, string>);
        isValid = true;
      } catch {
        isValid = false;
      }
      received.push({
        webhookId: String(request.headers["webhook-id"]),
        isValid,
        payload: JSON.parse(body) as TReceivedWebhook["payload"],
      });
      response.writeHead(isValid ? 204 : 401).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/lomake/webhook`,
    received,
    state,
    /** Replies on the submission of one reference (submission.reply). */
    repliesOf: (reference: string) =>
      received.filter(
        (item) =>
          item.payload.type === "submission.reply" && item.payload.submission?.reference === reference,
      ),
    /** Valid submission deliveries of one reference. */
    deliveriesOf: (reference: string) =>
      received.filter(
        (item) =>
          item.payload.type === "submission.received" && item.payload.submission?.reference === reference,
      ),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * As the signed-in owner: allow the loopback address (once) and add a webhook target for the damage claim pointing
 * at the receiver, which is given the secret shown once.
 */
export async function addClaimWebhookTarget(
  page: Page,
  receiver: Awaited<ReturnType<typeof startWebhookReceiver>>,
  name: string,
): Promise<void> {
  await page.goto("/admin/delivery");
  await expect(page.getByRole("heading", { level: 1, name: "Toimitus" })).toBeVisible();
  const allowlist = page.locator('section[aria-labelledby="allowlist-title"]');
  if (!(await allowlist.getByText("127.0.0.1/32").isVisible())) {
    await allowlist.getByLabel("Osoitealue (CIDR)").fill("127.0.0.1/32");
    await allowlist.getByLabel("Huomautus").fill("E2E-vastaanotin");
    await allowlist.getByRole("button", { name: "Lisää" }).click();
    await expect(allowlist.getByText("127.0.0.1/32")).toBeVisible();
  }
  const create = page.locator('section[aria-labelledby="create-target-title"]');
  await create.getByLabel("Nimi").fill(name);
  await create.getByLabel("Osoite").fill(receiver.url);
  await create.getByLabel("Lähettäjän tiedot").selectOption({ label: "Nimi ja henkilötunnus" });
  await create.getByLabel(/\(vahingonkorvausvaatimus\)/).check();
  await create.getByRole("button", { name: "Lisää" }).click();
  const secret = (await create.getByTestId("shown-once-secret").textContent())!.trim();
  expect(secret).toMatch(/^whsec_/);
  receiver.state.secret = secret;
}
