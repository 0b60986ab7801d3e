// Case messages through the sandbox: idempotent sends, a supplement request that sets the submission waiting
// for the citizen until their reply (threaded by retrieval) moves it back to in progress, its one reminder, a
// verifiable decision with PDF attachments, and refusals that change nothing.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { now, resetClock, setClock } from "@/lib/clock";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import {
  createTestOrganisation,
  createTestSubmission,
  sendAsCitizen,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { todayInFinland } from "@/lib/forms/today";
import { readSubmissionThread } from "@/lib/inbox/read-submission-thread";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { purgeExpiredSubmissions } from "@/lib/delivery/purge-expired-submissions";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { remindSupplementRequests } from "./remind-supplement-requests";
import { sendCaseMessage, ZSendCaseMessage } from "./send-case-message";

let sandbox: TTestSandbox;
let org: TTestOrganisation;
const fast = { retry: { attempts: 2, baseDelayMs: 1 } };
const actor = { email: "kasittelija@example.fi" };
const pdf = (name: string, size = 2_000) => ({
  filename: name,
  mediaType: "application/pdf",
  content: new Uint8Array(Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(size - 9, 0x20)])),
});

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
});
afterEach(() => resetClock());

type TSandboxSent = { messageId: number; externalId: string; title: string };
const sandboxSent = async () =>
  (await sandbox.control<{ messages: TSandboxSent[] }>("GET", "sent-messages")).messages.filter(
    (message) => !message.externalId.startsWith("lomake-receipt-"),
  );

async function retrievedSubmission(language: "fi" | "sv" = "fi") {
  const { submission, messageText, reference } = await createTestSubmission(org, { language });
  await sendAsCitizen(sandbox, messageText);
  await pollConnection(org.connection.id, { clientOverrides: fast });
  return { submissionId: submission.id, reference };
}

const daysFromToday = (days: number) => {
  const date = new Date(`${todayInFinland(now())}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const input = (values: Record<string, string>) =>
  ZSendCaseMessage.parse({ messageId: crypto.randomUUID(), ...values });
const status = async (submissionId: string) =>
  (await getPrisma().submission.findUniqueOrThrow({ where: { id: submissionId } })).status;
const timeline = async (submissionId: string) =>
  (await getPrisma().submissionEvent.findMany({ where: { submissionId }, orderBy: { id: "asc" } })).map(
    (event) => event.type,
  );

describe("case messages", () => {
  it("sends once per send panel, in the submission's language, and lists it on the thread and timeline", async () => {
    const { submissionId, reference } = await retrievedSubmission("sv");
    const message = input({ submissionId, kind: "case-pending", handlerText: "Vi hör av oss {deadline}." });
    const first = await sendCaseMessage(org.organization.id, message, [], actor, fast);
    const second = await sendCaseMessage(org.organization.id, message, [], actor, fast);
    expect(second).toMatchObject({ sentMessageId: first.sentMessageId, isAlreadySent: true });
    const sent = await sandboxSent();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.title).toMatch(/^Ditt ärende har inletts: /);
    const row = await getPrisma().sentMessage.findUniqueOrThrow({ where: { id: first.sentMessageId } });
    expect(row).toMatchObject({ kind: "case-pending", isVerifiable: false, status: "sent", submissionId });
    expect((await timeline(submissionId)).filter((type) => type === "case_message_sent")).toHaveLength(1);
    const thread = await readSubmissionThread(org.organization.id, submissionId, actor);
    const entry = thread.entries.find((candidate) => candidate.kind === "answer");
    expect(entry?.text?.body).toContain(reference);
    // The handler's braces stay text.
    expect(entry?.text?.body).toContain("Vi hör av oss {deadline}.");
    const audit = await getPrisma().auditEvent.findMany({
      where: { organizationId: org.organization.id, action: "submission.case_message_sent" },
    });
    expect(audit).toHaveLength(1);

    // Retention takes the case message's text with the submission's contents; the row (kind, ids) stays.
    setClock(new Date(now().getTime() + 400 * 86_400_000));
    // Other test files' submissions are past their retention too: purge until none is left (oldest go first).
    for (let round = 0; round < 100; round += 1) {
      const counts = await purgeExpiredSubmissions();
      if (Object.values(counts).every((count) => count === 0)) break;
    }
    const purged = await getPrisma().sentMessage.findUniqueOrThrow({ where: { id: first.sentMessageId } });
    expect(purged).toMatchObject({ contentEncrypted: null, kind: "case-pending", status: "sent" });
  });

  it("carries the form's own new-message notification in fi, sv and en, and Suomi.fi's own without one", async () => {
    const notification = {
      title: { fi: "Asiasi etenee", sv: "Ditt ärende framskrider", en: "Your matter is progressing" },
      content: {
        fi: "Katso Suomi.fi-viestit.",
        sv: "Se Suomi.fi-meddelanden.",
        en: "See Suomi.fi Messages.",
      },
    };
    const { submissionId } = await retrievedSubmission();
    await sendCaseMessage(
      org.organization.id,
      input({ submissionId, kind: "case-pending" }),
      [],
      actor,
      fast,
    );
    await getPrisma().form.update({ where: { id: org.form.id }, data: { caseNotification: notification } });
    await sendCaseMessage(
      org.organization.id,
      input({ submissionId, kind: "processing", decisionDate: daysFromToday(30) }),
      [],
      actor,
      fast,
    );
    const { messages } = await sandbox.control<{
      messages: { externalId: string; customNotification: unknown }[];
    }>("GET", "sent-messages");
    const caseMessages = messages.filter((message) => message.externalId.startsWith("lomake-case-"));
    expect(caseMessages.map((message) => message.customNotification)).toEqual([null, notification]);
  });

  it("a supplement request waits for the citizen until their reply moves it back to in progress", async () => {
    const { submissionId } = await retrievedSubmission();
    const deadline = daysFromToday(14);
    const sent = await sendCaseMessage(
      org.organization.id,
      input({ submissionId, kind: "supplement-request", handlerText: "Lähetä kopio luvasta.", deadline }),
      [],
      actor,
      fast,
    );
    expect(await status(submissionId)).toBe("waiting_for_citizen");
    const row = await getPrisma().sentMessage.findUniqueOrThrow({ where: { id: sent.sentMessageId } });
    expect(row.deadline?.toISOString().slice(0, 10)).toBe(deadline);
    const asked = await getPrisma().submissionEvent.findFirstOrThrow({
      where: { submissionId, type: "citizen_asked" },
    });
    expect(asked.details).toMatchObject({ sentMessageId: sent.sentMessageId, deadline });

    await sandbox.control("POST", "citizen-messages", {
      personId: "010280-952L",
      serviceId: sandbox.serviceId,
      title: "Re: Pyydämme täydennystä",
      body: "Tässä lupa.",
      inReplyToMessageId: sent.suomifiMessageId,
      attachments: [{ filename: "lupa.pdf", contentBase64: Buffer.from("%PDF-1.4 lupa").toString("base64") }],
    });
    await pollConnection(org.connection.id, { clientOverrides: fast });
    expect(await status(submissionId)).toBe("in_progress");
    const thread = await readSubmissionThread(org.organization.id, submissionId, actor);
    expect(thread.entries.map((entry) => entry.kind)).toEqual(["answer", "citizen"]);
    expect(thread.entries[1]).toMatchObject({ attachments: [{ filename: "lupa.pdf" }] });
    // Answered: no reminder as the deadline nears.
    setClock(new Date(now().getTime() + 12 * 86_400_000));
    expect(await remindSupplementRequests(fast)).toBe(0);
  });

  it("reminds the citizen once, the configured days before the deadline", async () => {
    const { submissionId } = await retrievedSubmission();
    await sendCaseMessage(
      org.organization.id,
      input({
        submissionId,
        kind: "supplement-request",
        handlerText: "Liite puuttuu.",
        deadline: daysFromToday(5),
      }),
      [],
      actor,
      fast,
    );
    expect(await remindSupplementRequests(fast)).toBe(0); // 5 days left, reminded 3 days before
    setClock(new Date(now().getTime() + 2 * 86_400_000));
    expect(await remindSupplementRequests(fast)).toBe(1);
    expect(await remindSupplementRequests(fast)).toBe(0);
    setClock(new Date(now().getTime() + 86_400_000));
    expect(await remindSupplementRequests(fast)).toBe(0);
    const reminders = (await sandboxSent()).filter((message) =>
      message.externalId.startsWith("lomake-reminder-"),
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.title).toMatch(/^Muistutus: täydennyspyyntö /);
    expect((await timeline(submissionId)).filter((type) => type === "supplement_reminder_sent")).toHaveLength(
      1,
    );
    expect(await status(submissionId)).toBe("waiting_for_citizen");
  });

  it("sends a verifiable decision with its PDF attachments", async () => {
    const { submissionId } = await retrievedSubmission();
    const sent = await sendCaseMessage(
      org.organization.id,
      input({ submissionId, kind: "decision", handlerText: "Lupa myönnetty.", isVerifiable: "on" }),
      [pdf("paatos-2026-12-06.pdf"), pdf("perustelut.pdf")],
      actor,
      fast,
    );
    const row = await getPrisma().sentMessage.findUniqueOrThrow({ where: { id: sent.sentMessageId } });
    expect(row).toMatchObject({ kind: "decision", isVerifiable: true, status: "sent" });
    const [message] = await getPrisma().$queryRaw<{ service_type: string; files: string[] }[]>`
      SELECT m.request->'electronic'->>'messageServiceType' AS service_type,
             ARRAY(SELECT a.filename FROM suomifi_sandbox.message_attachments ma
                     JOIN suomifi_sandbox.attachments a ON a.id = ma.attachment_id
                    WHERE ma.message_id = m.id ORDER BY ma.position) AS files
        FROM suomifi_sandbox.messages m WHERE m.id = ${BigInt(sent.suomifiMessageId)}`;
    expect(message).toEqual({
      service_type: "Verifiable",
      files: ["paatos-2026-12-06.pdf", "perustelut.pdf"],
    });
  });

  it("refuses a non-PDF, an oversized file, a too long text and an unreachable Suomi.fi: nothing changes", async () => {
    const { submissionId } = await retrievedSubmission();
    const before = { status: await status(submissionId), timeline: await timeline(submissionId) };
    const decision = input({ submissionId, kind: "decision", handlerText: "Päätös." });
    const text = {
      filename: "paatos.txt",
      mediaType: "text/plain",
      content: new TextEncoder().encode("hei"),
    };
    const renamed = { ...text, filename: "paatos.pdf", mediaType: "application/pdf" };
    await expect(sendCaseMessage(org.organization.id, decision, [text], actor, fast)).rejects.toMatchObject({
      code: "caseMessageNotPdf",
    });
    await expect(
      sendCaseMessage(org.organization.id, decision, [renamed], actor, fast),
    ).rejects.toMatchObject({
      code: "caseMessageNotPdf",
    });
    await expect(
      sendCaseMessage(org.organization.id, decision, [pdf("iso.pdf", 10 * 1024 * 1024 + 1)], actor, fast),
    ).rejects.toMatchObject({ code: "caseMessageFileTooLarge" });
    await expect(
      sendCaseMessage(
        org.organization.id,
        input({ submissionId, kind: "free", handlerText: "x".repeat(4001) }),
        [],
        actor,
        fast,
      ),
    ).rejects.toMatchObject({ code: "caseMessageTooLong" });
    await sandbox.control("POST", "maintenance", { isEnabled: true });
    await expect(
      sendCaseMessage(
        org.organization.id,
        input({
          submissionId,
          kind: "supplement-request",
          handlerText: "Lisää.",
          deadline: daysFromToday(7),
        }),
        [],
        actor,
        fast,
      ),
    ).rejects.toMatchObject({ code: "caseMessageUnavailable" });
    await sandbox.control("POST", "maintenance", { isEnabled: false });
    expect(await sandboxSent()).toEqual([]);
    expect({ status: await status(submissionId), timeline: await timeline(submissionId) }).toEqual(before);
    const thread = await readSubmissionThread(org.organization.id, submissionId, actor);
    expect(thread.entries).toEqual([]);
  });
});
