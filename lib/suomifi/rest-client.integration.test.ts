// Contract tests: the REST client against the sandbox, every endpoint's success path and paging.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { TSuomifiCallRecord } from "./call-record";
import { createSuomifiRestClient } from "./rest-client";
import type { TElectronicMessageRequest } from "./rest-schemas";
import { startTestSandbox, type TTestSandbox } from "./sandbox/sandbox-test-helpers";

let sandbox: TTestSandbox;
let records: TSuomifiCallRecord[];

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox?.close();
});
beforeEach(async () => {
  await sandbox.control("POST", "reset");
  records = [];
});

function client() {
  return createSuomifiRestClient({
    baseUrl: sandbox.url,
    username: sandbox.username,
    getPassword: () => sandbox.password,
    retry: { attempts: 3, baseDelayMs: 1 },
    onCall: (record) => {
      records.push(record);
    },
    logger: { warn: () => undefined },
  });
}

function electronicRequest(
  externalId: string,
  recipientId = "010280-952L",
  attachmentIds: string[] = [],
): TElectronicMessageRequest {
  return {
    externalId,
    recipient: { id: recipientId },
    sender: { serviceId: "lomake-demo-service" },
    electronic: {
      title: "Vastaanottokuittaus",
      body: "Lomakkeesi on vastaanotettu.",
      bodyFormat: "Text",
      messageServiceType: "Normal",
      replyAllowedBy: "No one",
      visibility: "Normal",
      attachments: attachmentIds.map((attachmentId) => ({ attachmentId })),
      notifications: {
        senderDetailsInNotifications: "Organisation and service name",
        unreadMessageNotification: { reminder: "Default reminder" },
      },
    },
  };
}

describe("REST client against the sandbox", () => {
  it("returns a continuation token on an empty page and records calls without secrets", async () => {
    const page = await client().getEvents();
    expect(page.events).toEqual([]);
    expect(page.continuationToken).toMatch(/\S+/);
    expect(records.map((r) => `${r.method} ${r.endpoint} ${r.status} ${r.outcome}`)).toEqual([
      "POST /v1/token 200 success",
      "GET /v2/events 200 success",
    ]);
    expect(JSON.stringify(records)).not.toContain(sandbox.password);
  });

  it("pages through events with continuation tokens and ends with an empty page", async () => {
    await sandbox.control("PUT", "settings", { pageSize: 2 });
    const { messageIds } = await sandbox.control<{ messageIds: number[] }>("POST", "citizen-messages", {
      personId: "010280-952L",
      serviceId: sandbox.serviceId,
      title: "Hakemus",
      body: "Teksti",
      count: 5,
    });
    const api = client();
    const seen: number[] = [];
    const sizes: number[] = [];
    let token: string | undefined;
    for (;;) {
      const page = await api.getEvents(token);
      sizes.push(page.events.length);
      token = page.continuationToken;
      if (page.events.length === 0) break;
      for (const event of page.events) {
        expect(event.type).toBe("Electronic message from end user");
        expect(event.metadata.serviceId).toBe(sandbox.serviceId);
        expect(event.eventTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        seen.push(event.metadata.messageId!);
      }
    }
    expect(sizes).toEqual([2, 2, 1, 0]);
    expect(seen).toEqual(messageIds);
    const again = await api.getEvents(token);
    expect(again.events).toEqual([]);
    expect(again.continuationToken).toBe(token);
  });

  it("reads a citizen message and streams its attachment", async () => {
    const content = Buffer.from("%PDF-1.4 test content");
    const { messageIds } = await sandbox.control<{ messageIds: number[] }>("POST", "citizen-messages", {
      personId: "010280-952L",
      serviceId: sandbox.serviceId,
      title: "Hakemus",
      body: "Rivi 1\nRivi 2",
      attachments: [{ filename: "liite.pdf", contentBase64: content.toString("base64") }],
    });
    const api = client();
    const message = await api.getMessage(messageIds[0]!);
    expect(message.messageId).toBe(messageIds[0]);
    expect(message.electronic.title).toBe("Hakemus");
    expect(message.electronic.body).toBe("Rivi 1\nRivi 2");
    expect(message.sender.mailboxOwner).toEqual({ id: "010280-952L", name: "Testilä Tessa" });
    const [attachment] = message.electronic.attachments;
    expect(attachment).toMatchObject({
      filename: "liite.pdf",
      mediaType: "application/pdf",
      sizeBytes: content.length,
    });
    const download = await api.downloadAttachment(attachment!.attachmentId);
    expect(download.contentType).toBe("application/pdf");
    expect(Buffer.from(await new Response(download.body).arrayBuffer())).toEqual(content);
  });

  it("uploads an attachment and sends an electronic message; a repeated externalId answers the original id", async () => {
    const api = client();
    const { attachmentId } = await api.uploadAttachment({
      filename: "kuitti.pdf",
      content: new TextEncoder().encode("%PDF-1.4"),
    });
    const first = await api.sendElectronicMessage(
      electronicRequest("receipt-1", "010280-952L", [attachmentId]),
    );
    expect(first).toEqual({ messageId: expect.any(Number), isAlreadySent: false });
    const second = await api.sendElectronicMessage(electronicRequest("receipt-1"));
    expect(second).toEqual({ messageId: first.messageId, isAlreadySent: true });
    expect(records.at(-1)).toMatchObject({ status: 409, outcome: "duplicate" });
    const page = await api.getEvents();
    expect(page.events).toEqual([
      expect.objectContaining({
        type: "Electronic message created",
        metadata: { messageId: first.messageId, serviceId: sandbox.serviceId, externalId: "receipt-1" },
      }),
    ]);
    const mailbox = await (await fetch(`${sandbox.url}/mailbox?person=010280-952L`)).text();
    expect(mailbox).toContain("Vastaanottokuittaus");
    expect(mailbox).toContain("kuitti.pdf");
  });

  it("sends multichannel mail to a person without a mailbox as paper mail", async () => {
    const api = client();
    const { attachmentId } = await api.uploadAttachment({
      filename: "kirje.pdf",
      content: new TextEncoder().encode("%PDF-1.4"),
    });
    const address = {
      name: "Viestitön Ville",
      streetAddress: "Katu 1",
      zipCode: "00100",
      city: "Helsinki",
      countryCode: "FI",
    };
    const result = await api.sendMultichannelMessage({
      ...electronicRequest("letter-1", "181064-998C"),
      paperMail: {
        attachments: [{ attachmentId }],
        colorPrinting: false,
        createAddressPage: true,
        rotateLandscapePages: false,
        twoSidedPrinting: false,
        messageServiceType: "Normal",
        printingAndEnvelopingService: {
          postiMessaging: { username: "u", password: "p", contactDetails: { email: "a@example.fi" } },
        },
        recipient: { address },
        sender: { address: { ...address, name: "Lomake" } },
      },
    });
    const page = await api.getEvents();
    expect(page.events.map((event) => [event.type, event.metadata.messageId])).toEqual([
      ["Paper mail created", result.messageId],
      ["Sent for printing and enveloping", result.messageId],
    ]);
  });

  it("checks active mailboxes", async () => {
    const active = await client().getActiveMailboxes(["010280-952L", "181064-998C", "260991-999R"]);
    expect(active).toEqual(["010280-952L", "260991-999R"]);
  });

  it("accepts a bare access token without the Bearer prefix and answers JSON", async () => {
    const { accessToken } = await client().checkLogin();
    const response = await fetch(`${sandbox.url}/v2/events`, {
      headers: { Authorization: accessToken, Host: "127.0.0.1" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
  });
});
