// Receipts by the channel that reaches the person: a person without a Suomi.fi mailbox gets a printed letter
// when the organisation has paper mail on, and a failed receipt with the reason when not; a form that must
// never go electronically sends paper even to a person with a mailbox.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import {
  createTestOrganisation,
  addAddressField,
  createTestSubmission,
  createTestSubmissionWithAddress,
  sendAsCitizen,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

let sandbox: TTestSandbox;
let org: TTestOrganisation;
const fast = { clientOverrides: { retry: { attempts: 3, baseDelayMs: 1 } } };
const NO_MAILBOX = "181064-998C"; // Viestitön Ville (lib/suomifi/sandbox/test-persons.ts)
const WITH_MAILBOX = "010280-952L";
const SENDER = {
  name: "Testikunta",
  streetAddress: "Kirkkokatu 1",
  zipCode: "00170",
  city: "HELSINKI",
  countryCode: "FI",
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
  // The form asks for the person's address: where a letter goes.
  await addAddressField(org);
});

async function submitAs(personId: string) {
  const created = await createTestSubmissionWithAddress(org);
  await sendAsCitizen(sandbox, created.messageText, { personId });
  await pollConnection(org.connection.id, fast);
  const prisma = getPrisma();
  return {
    ...created,
    retrieved: await prisma.retrievedMessage.findFirstOrThrow({
      where: { submissionId: created.submission.id },
    }),
    sent: await prisma.sentMessage.findFirst({
      where: { submissionId: created.submission.id, kind: "receipt" },
    }),
  };
}

async function enablePaperMail() {
  await getPrisma().organization.update({
    where: { id: org.organization.id },
    data: { isPaperMailEnabled: true, paperMailSender: SENDER },
  });
}

type TSandboxSent = { messageId: number; channel: string; recipientId: string; externalId: string };
const sandboxSent = async () =>
  (await sandbox.control<{ messages: TSandboxSent[] }>("GET", "sent-messages")).messages;

describe("paper receipts", () => {
  it("fails with a reason when a person has no mailbox and paper mail is off", async () => {
    const { retrieved, sent } = await submitAs(NO_MAILBOX);
    expect(retrieved.receiptStatus).toBe("failed");
    expect(retrieved.receiptError).toBe("NO_MAILBOX_PAPER_DISABLED");
    expect(sent).toBeNull();
    expect(await sandboxSent()).toEqual([]);
  });

  it("posts a letter to a person without a mailbox when paper mail is on, and records its events", async () => {
    await enablePaperMail();
    const { retrieved, sent, reference } = await submitAs(NO_MAILBOX);
    expect(retrieved.receiptStatus).toBe("sent");
    expect(sent).toMatchObject({ channel: "paper", status: "sent" });
    const [letter] = await sandboxSent();
    expect(letter).toMatchObject({ channel: "paper", recipientId: NO_MAILBOX });
    // The sandbox's print service has the letter: the address and the PDF.
    const view = await (await fetch(`${sandbox.url}/paper-mail`)).text();
    expect(view).toContain("Paperitie 3 B 7");
    expect(view).toContain("Kirkkokatu 1");
    const pdf = await fetch(`${sandbox.url}/paper-mail/${letter!.messageId}/letter`);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");
    expect(reference).toBeTruthy();
    await pollConnection(org.connection.id, fast);
    const events = await getPrisma().sentMessageEvent.findMany({ where: { sentMessageId: sent!.id } });
    expect(events.map((event) => event.type).sort()).toEqual([
      "Paper mail created",
      "Sent for printing and enveloping",
    ]);
  });

  it("fails with a reason when the letter has no address to go to", async () => {
    await enablePaperMail();
    const created = await createTestSubmission(org); // answers without an address
    await sendAsCitizen(sandbox, created.messageText, { personId: NO_MAILBOX });
    await pollConnection(org.connection.id, fast);
    const retrieved = await getPrisma().retrievedMessage.findFirstOrThrow({
      where: { submissionId: created.submission.id },
    });
    expect(retrieved.receiptError).toBe("NO_POSTAL_ADDRESS");
  });

  it("sends paper to a person with a mailbox when the form must never go electronically", async () => {
    await getPrisma().form.update({ where: { id: org.form.id }, data: { isPaperOnly: true } });
    const off = await submitAs(WITH_MAILBOX);
    expect(off.retrieved.receiptError).toBe("PAPER_ONLY_PAPER_DISABLED");

    await enablePaperMail();
    const { retrieved, sent } = await submitAs(WITH_MAILBOX);
    expect(retrieved.receiptStatus).toBe("sent");
    expect(sent?.channel).toBe("paper");
    const letters = (await sandboxSent()).filter((message) => message.externalId === sent!.externalId);
    expect(letters).toMatchObject([{ channel: "paper" }]);
  });
});
