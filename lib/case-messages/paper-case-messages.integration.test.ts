// Case messages by the channel that reaches the person (lib/outgoing): a decision to a person without a Suomi.fi
// mailbox goes as a printed letter when paper mail is on, and fails with its reason when not; a form marked
// never electronically sends its case messages only on paper; one send panel never sends twice, whichever
// channel the first send took.
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import {
  createTestOrganisation,
  addAddressField,
  createTestSubmissionWithAddress,
  sendAsCitizen,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { sendCaseMessage, ZSendCaseMessage } from "./send-case-message";

let sandbox: TTestSandbox;
let org: TTestOrganisation;
const fast = { retry: { attempts: 2, baseDelayMs: 1 } };
const actor = { email: "kasittelija@example.fi" };
const NO_MAILBOX = "181064-998C"; // Viestitön Ville (lib/suomifi/sandbox/test-persons.ts)
const WITH_MAILBOX = "010280-952L";
const SENDER = {
  name: "Testikunta",
  streetAddress: "Kirkkokatu 1",
  zipCode: "00170",
  city: "HELSINKI",
  countryCode: "FI",
};
const pdf = {
  filename: "paatos.pdf",
  mediaType: "application/pdf",
  content: new Uint8Array(Buffer.from("%PDF-1.7\n% paatos\n")),
};

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await stopJobQueue();
  await sandbox?.close();
  await disconnectPrisma();
});
beforeEach(async () => {
  await sandbox.control("POST", "reset");
  org = await createTestOrganisation(sandbox);
  await addAddressField(org);
});

async function retrievedSubmissionOf(personId: string) {
  const created = await createTestSubmissionWithAddress(org);
  await sendAsCitizen(sandbox, created.messageText, { personId });
  await pollConnection(org.connection.id, { clientOverrides: fast });
  return created.submission.id;
}

const enablePaperMail = () =>
  getPrisma().organization.update({
    where: { id: org.organization.id },
    data: { isPaperMailEnabled: true, paperMailSender: SENDER },
  });
const decision = (submissionId: string, messageId = crypto.randomUUID()) =>
  ZSendCaseMessage.parse({ submissionId, messageId, kind: "decision", handlerText: "Lupa myönnetty." });

type TSandboxSent = { messageId: number; channel: string; recipientId: string; externalId: string };
const caseMessagesInSandbox = async () =>
  (await sandbox.control<{ messages: TSandboxSent[] }>("GET", "sent-messages")).messages.filter((message) =>
    message.externalId.startsWith("lomake-case-"),
  );

describe("case messages by paper", () => {
  it("posts the decision as a letter to a person without a mailbox, once", async () => {
    await enablePaperMail();
    const submissionId = await retrievedSubmissionOf(NO_MAILBOX);
    const input = decision(submissionId);
    const first = await sendCaseMessage(org.organization.id, input, [], actor, fast);
    expect(first).toMatchObject({ channel: "paper", isAlreadySent: false });
    const again = await sendCaseMessage(org.organization.id, input, [], actor, fast);
    expect(again).toMatchObject({
      sentMessageId: first.sentMessageId,
      channel: "paper",
      isAlreadySent: true,
    });
    expect(await caseMessagesInSandbox()).toMatchObject([{ channel: "paper", recipientId: NO_MAILBOX }]);
    const row = await getPrisma().sentMessage.findUniqueOrThrow({ where: { id: first.sentMessageId } });
    expect(row).toMatchObject({ channel: "paper", status: "sent", kind: "decision" });
    // The print service has the letter, addressed from the form's answers.
    const view = await (await fetch(`${sandbox.url}/paper-mail`)).text();
    expect(view).toContain("Paperitie 3 B 7");
    const letter = await fetch(`${sandbox.url}/paper-mail/${first.suomifiMessageId}/letter`);
    expect(letter.headers.get("content-type")).toBe("application/pdf");
    await pollConnection(org.connection.id, { clientOverrides: fast });
    const events = await getPrisma().sentMessageEvent.findMany({ where: { sentMessageId: row.id } });
    expect(events.map((event) => event.type).sort()).toEqual([
      "Paper mail created",
      "Sent for printing and enveloping",
    ]);
  });

  it("refuses with the reason when paper mail is off, or a PDF cannot be printed (damaged): nothing is sent", async () => {
    const submissionId = await retrievedSubmissionOf(NO_MAILBOX);
    await expect(
      sendCaseMessage(org.organization.id, decision(submissionId), [], actor, fast),
    ).rejects.toMatchObject({ code: "caseMessagePaperMailOff" });
    await enablePaperMail();
    await expect(
      sendCaseMessage(org.organization.id, decision(submissionId), [pdf], actor, fast),
    ).rejects.toMatchObject({ code: "caseMessageNotPrintable" });
    expect(await caseMessagesInSandbox()).toEqual([]);
    const status = await getPrisma().submission.findUniqueOrThrow({ where: { id: submissionId } });
    expect(status.status).toBe("retrieved");
  });

  it("prints a decision's PDFs into the one letter after the covering page", async () => {
    await enablePaperMail();
    const submissionId = await retrievedSubmissionOf(NO_MAILBOX);
    const decisionPdf = await PDFDocument.create();
    decisionPdf.addPage();
    decisionPdf.addPage();
    const file = { filename: "paatos.pdf", mediaType: "application/pdf", content: await decisionPdf.save() };
    const sent = await sendCaseMessage(org.organization.id, decision(submissionId), [file], actor, fast);
    expect(sent.channel).toBe("paper");
    const letter = await fetch(`${sandbox.url}/paper-mail/${sent.suomifiMessageId}/letter`);
    const printed = await PDFDocument.load(new Uint8Array(await letter.arrayBuffer()));
    const coveringPages = printed.getPageCount() - 2;
    expect(coveringPages).toBeGreaterThanOrEqual(1);
  });

  it("sends a never-electronically form's case messages only as paper, also to a person with a mailbox", async () => {
    await getPrisma().form.update({ where: { id: org.form.id }, data: { isPaperOnly: true } });
    await enablePaperMail();
    const submissionId = await retrievedSubmissionOf(WITH_MAILBOX);
    const sent = await sendCaseMessage(org.organization.id, decision(submissionId), [], actor, fast);
    expect(sent.channel).toBe("paper");
    // Paper mail without an id: the mailbox is never looked at.
    expect(await caseMessagesInSandbox()).toMatchObject([{ channel: "paper", recipientId: "" }]);
  });

  it("never sends one panel's message twice, even when the channel would change between the sends", async () => {
    await enablePaperMail();
    const submissionId = await retrievedSubmissionOf(WITH_MAILBOX);
    const input = decision(submissionId);
    const first = await sendCaseMessage(org.organization.id, input, [], actor, fast);
    expect(first.channel).toBe("electronic");
    // The person closes their mailbox; the same panel is sent again (a double submit, a retry).
    await sandbox.control("PUT", "mailboxes", { id: WITH_MAILBOX, name: "Testilä Tessa", isActive: false });
    await getPrisma().sentMessage.update({ where: { id: first.sentMessageId }, data: { status: "pending" } });
    const again = await sendCaseMessage(org.organization.id, input, [], actor, fast);
    expect(again).toMatchObject({
      sentMessageId: first.sentMessageId,
      suomifiMessageId: first.suomifiMessageId,
    });
    expect(await caseMessagesInSandbox()).toHaveLength(1);
  });
});
