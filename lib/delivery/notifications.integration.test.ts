// E-mail notices to handlers through the app's SMTP transport (a local capture server): a new submission once,
// to the handlers the form names (else the owners), with a link and no personal data; a dead-lettered delivery.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { advanceClock, resetClock, setClock } from "@/lib/clock";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { checkDeliveryHealth } from "@/lib/delivery/check-delivery-health";
import { dispatchDueDeliveries } from "@/lib/delivery/dispatch-due-deliveries";
import {
  createTestOrganisation,
  createTestSubmission,
  createWebhookTarget,
  sendAsCitizen,
  startWebhookReceiver,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { overrideEnv } from "@/lib/env";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { startSmtpCapture } from "@/lib/testing/start-smtp-capture";

const APP_URL = "https://lomake.test.example";
let sandbox: TTestSandbox;
let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let org: TTestOrganisation;
let owner: { id: string; email: string };
let handler: { id: string; email: string };
const previous = { SMTP_URL: process.env.SMTP_URL, APP_URL: process.env.APP_URL };
const fast = { clientOverrides: { retry: { attempts: 2, baseDelayMs: 1 } } };

beforeAll(async () => {
  sandbox = await startTestSandbox();
  smtp = await startSmtpCapture();
  receiver = await startWebhookReceiver(() => "");
  overrideEnv({ SMTP_URL: smtp.url, APP_URL });
});
afterAll(async () => {
  overrideEnv(previous);
  await receiver?.close();
  await smtp?.close();
  await sandbox?.close();
  await disconnectPrisma();
});
beforeEach(async () => {
  await sandbox.control("POST", "reset");
  setClock(new Date("2026-11-23T09:00:00Z"), { isFrozen: false });
  smtp.mails.length = 0;
  org = await createTestOrganisation(sandbox);
  const prisma = getPrisma();
  const member = async (role: "owner" | "handler" | "viewer") => {
    const user = await prisma.user.create({
      data: { email: `${role}-${crypto.randomUUID()}@kunta.example` },
    });
    await prisma.membership.create({ data: { organizationId: org.organization.id, userId: user.id, role } });
    return user;
  };
  owner = await member("owner");
  handler = await member("handler");
  await member("viewer");
});
afterEach(() => resetClock());

async function submitAndRetrieve(subject: string) {
  const created = await createTestSubmission(org, { subject });
  await sendAsCitizen(sandbox, created.messageText);
  await pollConnection(org.connection.id, fast);
  return created;
}

describe("handler notifications", () => {
  it("tells the form's handlers once about a new submission, with only a link", async () => {
    await getPrisma().form.update({ where: { id: org.form.id }, data: { notifyUserIds: [handler.id] } });
    const { submission } = await submitAndRetrieve("Vesivahinko Kauppakadulla");

    expect(smtp.mails).toHaveLength(1);
    const [mail] = smtp.mails;
    expect(mail!.to).toEqual([handler.email]);
    expect(mail!.subject).toContain("Uusi lomake vastaanotettu");
    expect(mail!.body).toContain(`${APP_URL}/admin/submissions/${submission.id}`);
    // No personal data: not the answers, not the sender's name or personal identity code, not the reference.
    for (const personal of ["Vesivahinko", "010280-952L", "Testilä", submission.reference])
      expect(mail!.data).not.toContain(personal);

    // A second poll finds nothing new and sends nothing.
    await pollConnection(org.connection.id, fast);
    expect(smtp.mails).toHaveLength(1);
  });

  it("tells the owners when the form names no handlers, and not about unmatched messages", async () => {
    await sendAsCitizen(sandbox, "Vapaamuotoinen kysymys ilman viitettä");
    await pollConnection(org.connection.id, fast);
    expect(smtp.mails).toHaveLength(0);

    await submitAndRetrieve("Katuvalo rikki");
    expect(smtp.mails.map((mail) => mail.to)).toEqual([[owner.email]]);
  });

  it("tells the form's handlers of a reply to the receipt, and the owners of a new message once the service takes them", async () => {
    await getPrisma().form.update({ where: { id: org.form.id }, data: { notifyUserIds: [handler.id] } });
    const { submission } = await submitAndRetrieve("Katuvalo");
    const { messages } = await sandbox.control<{ messages: { messageId: number }[] }>("GET", "sent-messages");
    smtp.mails.length = 0;
    await sandbox.control("POST", "citizen-messages", {
      personId: "010280-952L",
      serviceId: sandbox.serviceId,
      title: "Re: Kiitos",
      body: "Lisätieto",
      inReplyToMessageId: messages[0]!.messageId,
    });
    await pollConnection(org.connection.id, fast);
    expect(smtp.mails.map((mail) => [mail.to, mail.subject.includes("Asiakas vastasi")])).toEqual([
      [[handler.email], true],
    ]);
    expect(smtp.mails[0]!.body).toContain(`${APP_URL}/admin/submissions/${submission.id}`);
    expect(smtp.mails[0]!.body).not.toContain("Lisätieto");

    smtp.mails.length = 0;
    await getPrisma().suomifiService.updateMany({
      where: { connectionId: org.connection.id },
      data: { acceptsNewMessages: true },
    });
    await sendAsCitizen(sandbox, "Uusi kysymys");
    await pollConnection(org.connection.id, fast);
    expect(smtp.mails.map((mail) => mail.to)).toEqual([[owner.email]]);
    expect(smtp.mails[0]!.subject).toContain("Uusi viesti saapui");
    expect(smtp.mails[0]!.body).toMatch(new RegExp(`${APP_URL}/admin/inbox/[0-9a-f-]{36}`));
  });

  it("tells the handlers once when a delivery is dead-lettered", async () => {
    await getPrisma().form.update({ where: { id: org.form.id }, data: { notifyUserIds: [handler.id] } });
    await createWebhookTarget(org, receiver.url);
    receiver.state.failWith = 500;
    const { submission } = await submitAndRetrieve("Roska-astia");
    smtp.mails.length = 0;
    await dispatchDueDeliveries();
    for (let step = 0; step < 16; step += 1) {
      advanceClock(6 * 3_600_000);
      await dispatchDueDeliveries();
    }
    await checkDeliveryHealth();
    await checkDeliveryHealth();
    const dead = smtp.mails.filter((mail) => mail.subject.includes("Toimitus epäonnistui"));
    expect(dead).toHaveLength(1);
    expect(dead[0]!.to).toEqual([handler.email]);
    expect(dead[0]!.body).toContain(`${APP_URL}/admin/submissions/${submission.id}`);
  });
});
