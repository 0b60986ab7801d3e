// The mailbox view's forms: a test person's reply and new message reach the REST API as citizen messages
// (events, thread, attachments); replies where not allowed, services that take no new messages and texts over
// the limit are refused, as Suomi.fi does.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createSuomifiRestClient } from "../rest-client";
import type { TElectronicMessageRequest } from "../rest-schemas";
import { startTestSandbox, type TTestSandbox } from "./sandbox-test-helpers";

let sandbox: TTestSandbox;
const PERSON = "010280-952L";

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await sandbox?.close();
});
beforeEach(async () => {
  await sandbox.control("POST", "reset");
});

function client() {
  return createSuomifiRestClient({
    baseUrl: sandbox.url,
    username: sandbox.username,
    getPassword: () => sandbox.password,
    retry: { attempts: 2, baseDelayMs: 1 },
    logger: { warn: () => undefined },
  });
}

async function sendToCitizen(externalId: string, replyAllowedBy: "Anyone" | "No one") {
  const request: TElectronicMessageRequest = {
    externalId,
    recipient: { id: PERSON },
    sender: { serviceId: sandbox.serviceId },
    electronic: {
      title: "Päätös",
      body: "Hei",
      bodyFormat: "Text",
      messageServiceType: "Normal",
      replyAllowedBy,
      visibility: "Normal",
      attachments: [],
      notifications: {
        senderDetailsInNotifications: "Organisation and service name",
        unreadMessageNotification: { reminder: "No reminders" },
      },
    },
  };
  return (await client().sendElectronicMessage(request)).messageId;
}

async function post(
  path: string,
  fields: Record<string, string>,
  files: { name: string; text: string }[] = [],
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  for (const file of files)
    form.append("attachments", new Blob([file.text], { type: "text/plain" }), file.name);
  const response = await fetch(`${sandbox.url}${path}`, { method: "POST", body: form, redirect: "manual" });
  expect(response.status).toBe(303);
  return new URL(response.headers.get("location")!, sandbox.url).searchParams;
}

describe("writing in the mailbox view", () => {
  it("sends a reply with an attachment in the thread of a message that allows replies", async () => {
    const parent = await sendToCitizen("decision-1", "Anyone");
    const page = await (await fetch(`${sandbox.url}/mailbox?person=${PERSON}`)).text();
    expect(page).toContain('action="/mailbox/reply"');
    const params = await post(
      "/mailbox/reply",
      { person: PERSON, messageId: String(parent), title: "Re: Päätös", body: "Kiitos\r\nvastauksesta" },
      [{ name: "kuva.txt", text: "liite" }],
    );
    const id = Number(params.get("sent"));
    expect(id).toBeGreaterThan(parent);
    const events = await client().getEvents();
    expect(
      events.events.some((e) => e.type === "Electronic message from end user" && e.metadata.messageId === id),
    ).toBe(true);
    const message = await client().getMessage(id);
    expect(message.electronic).toMatchObject({
      title: "Re: Päätös",
      body: "Kiitos\nvastauksesta",
      thread: { rootMessageId: parent, threadExternalId: "decision-1" },
    });
    expect(message.electronic.attachments.map((a) => a.filename)).toEqual(["kuva.txt"]);
  });

  it("refuses a reply where replies are not allowed, and a text over 4000 characters", async () => {
    const closed = await sendToCitizen("receipt-1", "No one");
    const page = await (await fetch(`${sandbox.url}/mailbox?person=${PERSON}`)).text();
    expect(page).not.toContain('action="/mailbox/reply"');
    expect(
      (
        await post("/mailbox/reply", { person: PERSON, messageId: String(closed), title: "Re", body: "x" })
      ).get("problem"),
    ).toBe("reply-not-allowed");
    const open = await sendToCitizen("decision-2", "Anyone");
    expect(
      (
        await post("/mailbox/reply", {
          person: PERSON,
          messageId: String(open),
          title: "Re",
          body: "x".repeat(4001),
        })
      ).get("problem"),
    ).toBe("body-too-long");
  });

  it("sends a new message to a service that accepts them, and refuses one that does not", async () => {
    const params = await post("/mailbox/new", {
      person: PERSON,
      serviceId: sandbox.serviceId,
      title: "Kysymys",
      body: "Milloin kirjasto aukeaa?",
    });
    const message = await client().getMessage(Number(params.get("sent")));
    expect(message.electronic).toMatchObject({ title: "Kysymys", thread: null });
    expect(message.sender.mailboxOwner.id).toBe(PERSON);

    await sandbox.control("PUT", "services", {
      serviceId: sandbox.serviceId,
      username: sandbox.username,
      organisationId: sandbox.organisationId,
      name: "Lomake demo",
      acceptsNewMessages: false,
    });
    const page = await (await fetch(`${sandbox.url}/mailbox?person=${PERSON}`)).text();
    expect(page).not.toContain('action="/mailbox/new"');
    expect(
      (
        await post("/mailbox/new", { person: PERSON, serviceId: sandbox.serviceId, title: "T", body: "B" })
      ).get("problem"),
    ).toBe("service-does-not-accept-new-messages");
  });
});
