// The write API of a case system through its route handlers: scopes (a read-only key is refused, and old keys
// were never widened), Idempotency-Key replay and 409, another organisation's submission, the case message
// limits (nothing sent), state moves with and without a notice, paper fallback, and the audit log.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { now, resetClock, setClock } from "@/lib/clock";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { createApiKey } from "@/lib/delivery/pull/api-keys";
import { PULL_SCOPES } from "@/lib/delivery/testing/api-key-fixtures";
import {
  createTestOrganisation,
  addAddressField,
  createTestSubmission,
  createTestSubmissionWithAddress,
  sendAsCitizen,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { purgePersonalData } from "@/lib/retention/purge-personal-data";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { POST as postMessage } from "./submissions/[id]/messages/route";
import { POST as postStatus } from "./submissions/[id]/status/route";
import { GET as getOne } from "./submissions/[id]/route";

let sandbox: TTestSandbox;
let org: TTestOrganisation;
let sendKey = "";
let readKey = "";
let foreignSendKey = "";
const fast = { clientOverrides: { retry: { attempts: 2, baseDelayMs: 1 } } };
const NO_MAILBOX = "181064-998C";
const pdfBase64 = (size = 200) =>
  Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(size - 9, 0x20)]).toString("base64");

type THandler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
async function call(
  handler: THandler,
  submissionId: string,
  body: unknown,
  options: { key?: string; idempotencyKey?: string | null } = {},
) {
  const idempotencyKey = options.idempotencyKey === undefined ? crypto.randomUUID() : options.idempotencyKey;
  const response = await handler(
    new Request(`http://localhost/api/v1/submissions/${submissionId}/x`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${options.key ?? sendKey}`,
        "content-type": "application/json",
        ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}),
      },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ id: submissionId }) },
  );
  return {
    status: response.status,
    headers: response.headers,
    json: (await response.json()) as Record<string, unknown>,
  };
}

beforeAll(async () => {
  sandbox = await startTestSandbox();
});
afterAll(async () => {
  await stopJobQueue();
  await sandbox?.close();
  await disconnectPrisma();
});
afterEach(() => resetClock());
beforeEach(async () => {
  await sandbox.control("POST", "reset");
  org = await createTestOrganisation(sandbox);
  const other = await createTestOrganisation(sandbox);
  await addAddressField(org);
  sendKey = (
    await createApiKey({
      organizationId: org.organization.id,
      name: "Asianhallinta",
      scopes: ["submissions:read", "messages:send"],
    })
  ).token;
  readKey = (
    await createApiKey({ organizationId: org.organization.id, name: "Arkisto", scopes: PULL_SCOPES })
  ).token;
  foreignSendKey = (
    await createApiKey({ organizationId: other.organization.id, name: "Muu", scopes: ["messages:send"] })
  ).token;
});

async function retrievedSubmission(personId = "010280-952L") {
  const created = await createTestSubmissionWithAddress(org);
  await sendAsCitizen(sandbox, created.messageText, { personId });
  await pollConnection(org.connection.id, fast);
  return created.submission.id;
}

type TSandboxSent = { messageId: number; channel: string; externalId: string; title: string };
const caseMessagesInSandbox = async () =>
  (await sandbox.control<{ messages: TSandboxSent[] }>("GET", "sent-messages")).messages.filter((message) =>
    message.externalId.startsWith("lomake-case-"),
  );
const statusOf = async (id: string) =>
  (await getPrisma().submission.findUniqueOrThrow({ where: { id } })).status;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe("write API", () => {
  it("refuses a read-only key with insufficient_scope, and existing keys keep reading", async () => {
    const id = await retrievedSubmission();
    for (const handler of [postMessage, postStatus]) {
      const refused = await call(handler, id, { text: "Hei", state: "handled" }, { key: readKey });
      expect(refused.status).toBe(403);
      expect(refused.json.error).toBe("insufficient_scope");
    }
    const read = await getOne(
      new Request(`http://localhost/api/v1/submissions/${id}`, {
        headers: { authorization: `Bearer ${readKey}` },
      }),
      { params: Promise.resolve({ id }) },
    );
    expect(read.status).not.toBe(403);
    expect(await caseMessagesInSandbox()).toEqual([]);
    expect(await statusOf(id)).toBe("retrieved");
  });

  it("answers a replayed request with the first message, and refuses the key for another body", async () => {
    const id = await retrievedSubmission();
    const idempotencyKey = crypto.randomUUID();
    const body = { template: "case-pending", text: "Käsittelemme asiaa." };
    const first = await call(postMessage, id, body, { idempotencyKey });
    expect(first.status).toBe(201);
    expect(first.json).toMatchObject({ submissionId: id, kind: "case-pending", channel: "electronic" });
    // The same request, with its keys in another order.
    const replay = await call(
      postMessage,
      id,
      { text: body.text, template: body.template },
      { idempotencyKey },
    );
    expect(replay.status).toBe(200);
    expect(replay.headers.get("idempotent-replayed")).toBe("true");
    expect(replay.json.id).toBe(first.json.id);
    const other = await call(postMessage, id, { ...body, text: "Toinen" }, { idempotencyKey });
    expect(other.status).toBe(409);
    expect(other.json.error).toBe("idempotency_key_reused");
    const missing = await call(postMessage, id, body, { idempotencyKey: null });
    expect(missing.status).toBe(400);
    expect(missing.json.error).toBe("idempotency_key_required");
    expect(await caseMessagesInSandbox()).toHaveLength(1);

    // Past the keys' retention the record is gone; the same request runs again and finds the message sent.
    setClock(new Date(now().getTime() + 31 * 86_400_000));
    expect((await purgePersonalData()).idempotencyKeys).toBeGreaterThan(0);
    const late = await call(postMessage, id, body, { idempotencyKey });
    expect(late.json.id).toBe(first.json.id);
    expect(await caseMessagesInSandbox()).toHaveLength(1);
    resetClock();
  });

  it("answers 404 for another organisation's submission and sends nothing", async () => {
    const id = await retrievedSubmission();
    const message = await call(postMessage, id, { text: "Hei" }, { key: foreignSendKey });
    expect(message.status).toBe(404);
    expect(message.json.error).toBe("not_found");
    const status = await call(postStatus, id, { state: "handled" }, { key: foreignSendKey });
    expect(status.status).toBe(404);
    expect(await caseMessagesInSandbox()).toEqual([]);
    expect(await statusOf(id)).toBe("retrieved");
  });

  it("keeps the panel's limits: a code and an English message, nothing sent", async () => {
    const id = await retrievedSubmission();
    const cases: [unknown, number, string][] = [
      [{ text: "x".repeat(4_001) }, 422, "text_too_long"],
      [
        {
          text: "Liite",
          attachments: [{ filename: "a.txt", mediaType: "text/plain", contentBase64: "aGVp" }],
        },
        422,
        "attachment_not_pdf",
      ],
      [
        {
          text: "Iso",
          attachments: [
            {
              filename: "iso.pdf",
              mediaType: "application/pdf",
              contentBase64: pdfBase64(10 * 1024 * 1024 + 1),
            },
          ],
        },
        422,
        "attachment_too_large",
      ],
      [
        {
          text: "Monta",
          attachments: Array.from({ length: 51 }, (_, i) => ({
            filename: `${i}.pdf`,
            mediaType: "application/pdf",
            contentBase64: pdfBase64(),
          })),
        },
        422,
        "too_many_attachments",
      ],
      [{ template: "supplement-request", text: "Lisää" }, 422, "deadline_required"],
      [{ template: "decision", title: "Oma", text: "Päätös" }, 400, "title_only_for_free_message"],
      [{ text: "Hei", extra: true }, 400, "invalid_body"],
    ];
    for (const [body, status, error] of cases) {
      const answer = await call(postMessage, id, body);
      expect({ status: answer.status, error: answer.json.error }).toEqual({ status, error });
      expect(typeof answer.json.message).toBe("string");
    }
    expect(await caseMessagesInSandbox()).toEqual([]);
    expect(await statusOf(id)).toBe("retrieved");
  });

  it("moves the submission through the state machine, with a notice sent first", async () => {
    const id = await retrievedSubmission();
    const started = await call(postStatus, id, { state: "in_progress" });
    expect(started).toMatchObject({
      status: 200,
      json: { previousState: "retrieved", state: "in_progress" },
    });
    const asked = await call(postStatus, id, {
      state: "waiting_for_citizen",
      notice: { template: "supplement-request", text: "Lähetä lupa.", deadline: inDays(10) },
    });
    expect(asked.status).toBe(200);
    expect(asked.json).toMatchObject({
      state: "waiting_for_citizen",
      notice: { kind: "supplement-request" },
    });
    const handled = await call(postStatus, id, {
      state: "handled",
      notice: { template: "decision", text: "Myönnetty.", isVerifiable: true },
    });
    expect(handled.json).toMatchObject({
      state: "handled",
      notice: { kind: "decision", isVerifiable: true },
    });
    expect(await statusOf(id)).toBe("handled");
    const timeline = await getPrisma().submissionEvent.findMany({
      where: { submissionId: id },
      orderBy: { id: "asc" },
    });
    expect(timeline.map((event) => event.type).filter((type) => type !== "receipt_sent")).toEqual([
      "retrieved",
      "handling_started",
      "case_message_sent",
      "citizen_asked",
      "case_message_sent",
      "handled",
    ]);
    expect(await caseMessagesInSandbox()).toHaveLength(2);

    // A state it cannot reach from here (a submission not yet retrieved): refused, and its notice not sent.
    const { submission } = await createTestSubmission(org);
    const early = await call(postStatus, submission.id, { state: "handled", notice: { text: "Valmis." } });
    expect(early).toMatchObject({ status: 409, json: { error: "state_not_reachable" } });
    expect(await caseMessagesInSandbox()).toHaveLength(2);
  });

  it("sends by paper to a person without a mailbox when paper mail is on", async () => {
    const id = await retrievedSubmission(NO_MAILBOX);
    const off = await call(postMessage, id, { template: "decision", text: "Myönnetty." });
    expect(off).toMatchObject({ status: 422, json: { error: "no_channel_paper_mail_off" } });
    await getPrisma().organization.update({
      where: { id: org.organization.id },
      data: {
        isPaperMailEnabled: true,
        paperMailSender: {
          name: "Testikunta",
          streetAddress: "Kirkkokatu 1",
          zipCode: "00170",
          city: "HELSINKI",
          countryCode: "FI",
        },
      },
    });
    const sent = await call(postMessage, id, { template: "decision", text: "Myönnetty." });
    expect(sent).toMatchObject({ status: 201, json: { channel: "paper" } });
    expect(await caseMessagesInSandbox()).toMatchObject([{ channel: "paper" }]);
  });

  it("audit-logs every call with the key as the actor", async () => {
    const id = await retrievedSubmission();
    await call(postMessage, id, { text: "Hei" });
    await call(postMessage, id, { text: "x".repeat(4_001) });
    await call(postStatus, id, { state: "handled" });
    const events = await getPrisma().auditEvent.findMany({
      where: { organizationId: org.organization.id, actorApiKey: { not: null } },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => event.action)).toEqual([
      "submission.case_message_sent",
      "api.case_message_requested",
      "api.case_message_requested",
      "submission.state_changed",
      "api.state_change_requested",
    ]);
    expect(new Set(events.map((event) => event.actorApiKey))).toEqual(
      new Set([expect.stringMatching(/^Asianhallinta \(lmk_/)]),
    );
    expect(events[2]!.details).toMatchObject({ status: 422, error: "text_too_long" });
  });
});
