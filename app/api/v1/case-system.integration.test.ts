// A test case system drives a whole case through the API with one scoped key, as an organisation's system would:
// it reads the submission, asks the citizen for a supplement with a deadline, the citizen answers in the sandbox
// with a file, retrieval brings the answer (the case is back in progress, the reply on /api/v1/messages), it
// sends a verifiable decision with a PDF, the citizen confirms receipt in the sandbox mailbox, the ledger shows
// Suomi.fi's events, and the case is closed. Every answer validates against the OpenAPI document; a read-only
// key is refused.
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { createApiKey } from "@/lib/delivery/pull/api-keys";
import { openApiDocument } from "@/lib/delivery/pull/openapi-document";
import { getSubmissionLedger } from "@/lib/delivery/submission-ledger";
import { PULL_SCOPES } from "@/lib/delivery/testing/api-key-fixtures";
import {
  createTestOrganisation,
  createTestSubmission,
  sendAsCitizen,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";
import { GET as getMessages } from "./messages/route";
import { POST as postAck } from "./submissions/[id]/ack/route";
import { POST as postMessage } from "./submissions/[id]/messages/route";
import { GET as getSubmission } from "./submissions/[id]/route";
import { POST as postStatus } from "./submissions/[id]/status/route";
import { GET as getSubmissions } from "./submissions/route";

let sandbox: TTestSandbox;
let org: TTestOrganisation;
const PERSON = "010280-952L";
const fast = { clientOverrides: { retry: { attempts: 2, baseDelayMs: 1 } } };

type THandler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The case system's HTTP client: bearer key, JSON, a new Idempotency-Key per intended write. */
function caseSystem(key: string) {
  const request = async (
    handler: THandler,
    path: string,
    params: Record<string, string>,
    body?: unknown,
  ): Promise<{ status: number; json: Record<string, unknown> }> => {
    const response = await handler(
      new Request(`http://localhost${path}`, {
        method: body === undefined ? "GET" : "POST",
        headers: {
          authorization: `Bearer ${key}`,
          ...(body === undefined
            ? {}
            : { "content-type": "application/json", "idempotency-key": crypto.randomUUID() }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      }),
      { params: Promise.resolve(params) },
    );
    return { status: response.status, json: (await response.json()) as Record<string, unknown> };
  };
  return {
    list: () => request(getSubmissions as THandler, "/api/v1/submissions", {}),
    read: (id: string) => request(getSubmission as THandler, `/api/v1/submissions/${id}`, { id }),
    ack: (id: string) => request(postAck as THandler, `/api/v1/submissions/${id}/ack`, { id }, {}),
    messages: () => request(getMessages as THandler, "/api/v1/messages", {}),
    send: (id: string, body: unknown) =>
      request(postMessage as THandler, `/api/v1/submissions/${id}/messages`, { id }, body),
    setStatus: (id: string, body: unknown) =>
      request(postStatus as THandler, `/api/v1/submissions/${id}/status`, { id }, body),
  };
}

/** Validates an answer against a component schema of the published OpenAPI document. */
function contract() {
  const instance = new Ajv2020({ strict: false, allErrors: true });
  addFormats(instance);
  instance.addSchema({ $id: "https://lomake.invalid/openapi.json", ...openApiDocument("http://localhost") });
  return (name: string, value: unknown) => {
    const validate = instance.compile({
      $ref: `https://lomake.invalid/openapi.json#/components/schemas/${name}`,
    });
    expect(validate(value), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
  };
}

beforeAll(async () => {
  sandbox = await startTestSandbox();
  org = await createTestOrganisation(sandbox);
  await getPrisma().deliveryTarget.create({
    data: {
      organizationId: org.organization.id,
      kind: "pull",
      name: "Asianhallinta",
      options: { senderDetail: "name" },
    },
  });
});
afterAll(async () => {
  await stopJobQueue();
  await sandbox?.close();
  await disconnectPrisma();
});

describe("a case system drives a case through the API", () => {
  it("supplement request → citizen's reply with a file → verifiable decision with a PDF → receipt confirmed → handled", async () => {
    const matches = contract();
    const { token } = await createApiKey({
      organizationId: org.organization.id,
      name: "Asianhallinta",
      scopes: ["submissions:read", "submissions:ack", "messages:send"],
    });
    const readOnly = await createApiKey({
      organizationId: org.organization.id,
      name: "Arkisto",
      scopes: PULL_SCOPES,
    });
    const api = caseSystem(token);

    const created = await createTestSubmission(org);
    await sendAsCitizen(sandbox, created.messageText, { personId: PERSON });
    await pollConnection(org.connection.id, fast);

    // 1. The case system finds the new submission and takes it.
    const list = await api.list();
    const item = (list.json.items as { id: string }[]).find(
      (candidate) => candidate.id === created.submission.id,
    );
    expect(item).toBeDefined();
    const id = item!.id;
    expect((await api.read(id)).status).toBe(200);
    expect((await api.ack(id)).status).toBe(200);

    // 2. It asks for a supplement with a deadline: the submission waits for the citizen.
    const deadline = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    const asked = await api.setStatus(id, {
      state: "waiting_for_citizen",
      notice: { template: "supplement-request", text: "Lähetä kopio rakennusluvasta.", deadline },
    });
    expect(asked.status).toBe(200);
    matches("StatusChanged", asked.json);
    expect(asked.json).toMatchObject({ state: "waiting_for_citizen", notice: { channel: "electronic" } });
    const request = asked.json.notice as { id: string; suomifiMessageId: number };

    // A read-only key cannot do the same.
    const refused = await caseSystem(readOnly.token).send(id, { text: "Hei" });
    expect(refused).toMatchObject({ status: 403, json: { error: "insufficient_scope" } });

    // 3. The citizen answers in the sandbox, in the request's thread, with a file.
    await sandbox.control("POST", "citizen-messages", {
      personId: PERSON,
      serviceId: sandbox.serviceId,
      title: "Re: täydennyspyyntö",
      body: "Tässä lupa.",
      inReplyToMessageId: request.suomifiMessageId,
      attachments: [{ filename: "lupa.pdf", contentBase64: Buffer.from("%PDF-1.4 lupa").toString("base64") }],
    });
    // 4. Retrieval: the case is back in progress, and the case system can read the reply.
    await pollConnection(org.connection.id, fast);
    const submission = await getPrisma().submission.findUniqueOrThrow({ where: { id } });
    expect(submission.status).toBe("in_progress");
    const messages = await api.messages();
    expect(messages.json.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "submission.reply", submissionId: id, attachmentCount: 1 }),
      ]),
    );

    // 5. A verifiable decision with its PDF.
    const decision = await api.send(id, {
      template: "decision",
      text: "Rakennuslupa myönnetään.",
      isVerifiable: true,
      attachments: [
        {
          filename: "paatos-2026.pdf",
          mediaType: "application/pdf",
          contentBase64: Buffer.from("%PDF-1.7\n% paatos\n").toString("base64"),
        },
      ],
    });
    expect(decision.status).toBe(201);
    matches("SentCaseMessage", decision.json);
    const sent = decision.json as { id: string; suomifiMessageId: number };

    // 6. The citizen confirms receipt in the sandbox mailbox (which opens it).
    const confirmed = await fetch(`${sandbox.url}/mailbox/confirm`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ person: PERSON, messageId: String(sent.suomifiMessageId), lang: "fi" }),
      redirect: "manual",
    });
    expect(confirmed.status).toBe(303);
    await pollConnection(org.connection.id, fast);

    // 7. The ledger shows what Suomi.fi told of each message.
    const ledger = (await getSubmissionLedger(org.organization.id, id))!;
    const ledgerDecision = ledger.sentMessages.find((message) => message.id === sent.id);
    expect(ledgerDecision).toMatchObject({ kind: "decision", channel: "electronic", status: "sent" });
    expect(ledgerDecision!.events.map((event) => event.type).sort()).toEqual([
      "Electronic message created",
      "Electronic message read",
      "Receipt confirmed",
    ]);
    const ledgerRequest = ledger.sentMessages.find((message) => message.id === request.id);
    expect(ledgerRequest!.events.map((event) => event.type)).toContain("Electronic message created");

    // 8. Closed.
    const handled = await api.setStatus(id, { state: "handled" });
    expect(handled).toMatchObject({ status: 200, json: { previousState: "in_progress", state: "handled" } });
    const timeline = await getPrisma().submissionEvent.findMany({
      where: { submissionId: id },
      orderBy: { id: "asc" },
    });
    expect(timeline.map((event) => event.type)).toEqual(
      expect.arrayContaining(["citizen_asked", "reply_received", "case_message_sent", "handled"]),
    );
    const audit = await getPrisma().auditEvent.findMany({
      where: { organizationId: org.organization.id, action: { startsWith: "api." } },
    });
    expect(audit.map((event) => event.actorApiKey)).toEqual(
      audit.map(() => expect.stringMatching(/^(Asianhallinta|Arkisto) \(lmk_/)),
    );
    expect(audit.length).toBe(4); // status, refused send, decision, handled
  });
});
