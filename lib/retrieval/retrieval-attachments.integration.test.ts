// Retrieval of submissions with attachments: with JavaScript the hand-off posts the files through Suomi.fi and
// Lomake also keeps them; without it, the files stay with Lomake and the text names them by SHA-256. Either way
// each file counts once in the integrity check and is listed once in what the target receives.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetClock, setClock } from "@/lib/clock";
import { sha256Hex } from "@/lib/crypto/keyed-hash";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { dispatchDueDeliveries } from "@/lib/delivery/dispatch-due-deliveries";
import {
  createTestOrganisation,
  createTestSubmission,
  createWebhookTarget,
  sendAsCitizen,
  startWebhookReceiver,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { readAttachmentBytes } from "@/lib/delivery/load-submission-contents";
import { ZWebhookPayloadV1 } from "@/lib/delivery/webhook-payload-schema";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

let sandbox: TTestSandbox;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let secret = "";
let org: TTestOrganisation;
const fast = { clientOverrides: { retry: { attempts: 3, baseDelayMs: 1 } } };
const files = [
  { filename: "kuitti.pdf", content: Buffer.from("%PDF-1.4 kuitti 42,00 €\n") },
  { filename: "valokuva.pdf", content: Buffer.from("%PDF-1.4 valokuva katuvalosta\n") },
];

beforeAll(async () => {
  sandbox = await startTestSandbox();
  receiver = await startWebhookReceiver(() => secret);
});
afterAll(async () => {
  await stopJobQueue();
  await receiver?.close();
  await sandbox?.close();
  await disconnectPrisma();
});
beforeEach(async () => {
  await sandbox.control("POST", "reset");
  setClock(new Date("2026-11-23T09:00:00Z"), { isFrozen: false });
  receiver.received.length = 0;
  org = await createTestOrganisation(sandbox);
  secret = (await createWebhookTarget(org, receiver.url)).secret;
});
afterEach(() => resetClock());

async function retrieveAndDeliver(submissionId: string) {
  await pollConnection(org.connection.id, fast);
  const prisma = getPrisma();
  const message = await prisma.retrievedMessage.findFirstOrThrow({ where: { submissionId } });
  await dispatchDueDeliveries();
  const status = (await prisma.submission.findUniqueOrThrow({ where: { id: submissionId } })).status;
  return { message, status, payloads: receiver.received.filter((r) => r.isValid).map((r) => r.payload) };
}

describe("retrieval of a submission with attachments", () => {
  it("matches files posted through Suomi.fi once each and delivers the copies the person sent", async () => {
    const { submission, messageText } = await createTestSubmission(org, { attachments: files });
    await sendAsCitizen(sandbox, messageText, { attachments: files });
    const { message, status, payloads } = await retrieveAndDeliver(submission.id);

    expect(message).toMatchObject({ match: "matched", integrityStatus: "valid", integrityFindings: [] });
    expect(status).toBe("delivered");
    expect(payloads).toHaveLength(1);
    const payload = ZWebhookPayloadV1.parse(payloads[0]);
    expect(payload.submission.integrity).toEqual({ status: "valid", releasedByHandler: false });
    expect(
      payload.attachments.map((a) => [a.filename, a.sha256, a.copy, a.isVerifiedAgainstKeptCopy, a.fieldKey]),
    ).toEqual(files.map((f) => [f.filename, sha256Hex(f.content), "suomifi-message", true, "attachments"]));
    // The signed link names the copy the identified person sent, and it holds their bytes.
    const link = new URL(payload.attachments[0]!.url!);
    expect(link.pathname).toBe(`/api/v1/attachments/retrieved/${payload.attachments[0]!.id}`);
    const sent = await readAttachmentBytes("retrieved", payload.attachments[0]!.id);
    expect(sent?.bytes.equals(files[0]!.content)).toBe(true);
  });

  it("matches files that stayed with Lomake when the text names them, listing Lomake's copies", async () => {
    const { submission, messageText } = await createTestSubmission(org, { attachments: files });
    await sendAsCitizen(sandbox, messageText);
    const { message, payloads } = await retrieveAndDeliver(submission.id);

    expect(message).toMatchObject({ match: "matched", integrityStatus: "valid" });
    const payload = ZWebhookPayloadV1.parse(payloads[0]);
    expect(payload.attachments.map((a) => [a.filename, a.copy, a.isVerifiedAgainstKeptCopy])).toEqual([
      ["kuitti.pdf", "kept-by-lomake", false],
      ["valokuva.pdf", "kept-by-lomake", false],
    ]);
  });

  it("matches when only some of the files travelled, each listed once", async () => {
    const { submission, messageText } = await createTestSubmission(org, { attachments: files });
    await sendAsCitizen(sandbox, messageText, { attachments: [files[1]!] });
    const { message, payloads } = await retrieveAndDeliver(submission.id);

    expect(message.match).toBe("matched");
    const payload = ZWebhookPayloadV1.parse(payloads[0]);
    expect(payload.attachments.map((a) => [a.filename, a.copy]).sort()).toEqual([
      ["kuitti.pdf", "kept-by-lomake"],
      ["valokuva.pdf", "suomifi-message"],
    ]);
  });

  it("holds a post whose file was changed on the way and delivers nothing", async () => {
    const { submission, messageText } = await createTestSubmission(org, { attachments: files });
    const changed = { filename: "kuitti.pdf", content: Buffer.from("%PDF-1.4 kuitti 4200,00 €\n") };
    await sendAsCitizen(sandbox, messageText, { attachments: [changed, files[1]!] });
    const { message, status, payloads } = await retrieveAndDeliver(submission.id);

    expect(message.match).toBe("held");
    expect(message.integrityFindings).toContain("attachments-differ-from-snapshot");
    expect(status).toBe("held");
    expect(payloads).toHaveLength(0);
  });
});
