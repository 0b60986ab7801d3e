// GDPR lookup and erasure by henkilötunnus: found through keyed hashes, scoped to one organisation, audit-logged
// without the code, and the erased contents are gone from the raw rows.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDraft, findDraftByToken, saveDraft } from "@/lib/citizen/drafts";
import { now } from "@/lib/clock";
import { encryptBytes, encryptString } from "@/lib/crypto/encrypt-value";
import {
  retrievedAttachmentContext,
  retrievedContentContext,
  retrievedSenderContext,
  storedFileContext,
} from "@/lib/crypto/encryption-contexts";
import { keyedHash, sha256Hex } from "@/lib/crypto/keyed-hash";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import {
  createTestOrganisation,
  createTestSubmission,
  createWebhookTarget,
  TEST_DEFINITION,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { ZFormDefinition } from "@/lib/forms/definition";
import { erasePersonData, findPersonData, ZPersonRequest } from "@/lib/submissions/person-data";
import { createSubmission } from "@/lib/submissions/create-submission";
import type { TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

const PERSON = "131052-308T";
const OTHER = "010280-952L";
const fakeSandbox = {
  url: "http://127.0.0.1:9",
  username: "u",
  password: "p",
  organisationId: "o",
  serviceId: "s",
} as unknown as TTestSandbox;
const bigints = (_key: string, value: unknown) => (typeof value === "bigint" ? String(value) : value);
const actor = { userId: null, email: "omistaja@example.fi", ip: "192.0.2.1" };

let org: TTestOrganisation;
let otherOrg: TTestOrganisation;
const ids: Record<string, string> = {};
const tokens: Record<string, string> = {};

async function submit(target: TTestOrganisation, message: string) {
  const { draft, token } = await createDraft({
    formId: target.form.id,
    formVersionId: target.version.id,
    language: "fi",
    lifetimeDays: 7,
  });
  const answers = { subject: "Hakemus", message };
  await saveDraft(draft, { answers }, 7);
  const result = await createSubmission({
    organizationId: target.organization.id,
    formId: target.form.id,
    formVersionId: target.version.id,
    definition: ZFormDefinition.parse(TEST_DEFINITION),
    draftId: draft.id,
    answers,
    language: "fi",
    maxTextChars: 10_000,
  });
  if (!result.ok) throw new Error(`submission failed: ${JSON.stringify(result)}`);
  return { submissionId: result.submissionId, reference: result.reference, draftId: draft.id, token };
}

async function addRetrievedMessage(target: TTestOrganisation, sender: string, submissionId: string | null) {
  const id = crypto.randomUUID();
  const attachmentId = crypto.randomUUID();
  await getPrisma().retrievedMessage.create({
    data: {
      id,
      organizationId: target.organization.id,
      connectionId: target.connection.id,
      suomifiMessageId: BigInt(Math.floor(Math.random() * 1e12)),
      serviceId: "s",
      submissionId,
      match: submissionId ? "matched" : "unmatched",
      integrityStatus: "not-checked",
      contentEncrypted: encryptString(JSON.stringify({ title: "Viesti", body: "terveystieto" }), {
        associatedData: retrievedContentContext(id),
      }),
      senderEncrypted: encryptString(JSON.stringify({ id: sender, name: "Testi" }), {
        associatedData: retrievedSenderContext(id),
      }),
      senderIdHash: keyedHash(sender, { purpose: "henkilotunnus" }),
      sentAt: now(),
      retrievedAt: now(),
      attachments: {
        create: {
          id: attachmentId,
          position: 0,
          attachmentId: "x",
          filename: "liite.txt",
          mediaType: "text/plain",
          sizeBytes: 4,
          sha256: sha256Hex("liite"),
          contentEncrypted: new Uint8Array(
            encryptBytes(Buffer.from("liite"), { associatedData: retrievedAttachmentContext(attachmentId) }),
          ),
        },
      },
    },
  });
  return id;
}

beforeAll(async () => {
  const prisma = getPrisma();
  org = await createTestOrganisation(fakeSandbox);
  otherOrg = await createTestOrganisation(fakeSandbox);

  // The person typed their code into free text on one submission ...
  const typed = await submit(org, `Henkilötunnukseni on ${PERSON.toLowerCase()}, kiitos.`);
  ids.typed = typed.submissionId;
  tokens.typed = typed.token;
  const fileId = crypto.randomUUID();
  await prisma.storedFile.create({
    data: {
      id: fileId,
      organizationId: org.organization.id,
      draftId: typed.draftId,
      submissionId: typed.submissionId,
      fieldKey: "liite",
      name: "liite.txt",
      mediaType: "text/plain",
      sizeBytes: 5,
      sha256: sha256Hex("liite"),
      contentEncrypted: new Uint8Array(
        encryptBytes(Buffer.from("liite"), { associatedData: storedFileContext(fileId) }),
      ),
      scanStatus: "clean",
    },
  });
  // ... sent another through Suomi.fi (identified as the sender), which a target system already received ...
  const sent = await createTestSubmission(org, { subject: "Toinen asia" });
  ids.sent = sent.submission.id;
  ids.sentMessage = await addRetrievedMessage(org, PERSON, sent.submission.id);
  await prisma.submission.update({
    where: { id: sent.submission.id },
    data: { status: "delivered", senderIdHash: keyedHash(PERSON, { purpose: "henkilotunnus" }) },
  });
  const { target } = await createWebhookTarget(org, "https://asianhallinta.example.fi/hook", {
    allowCidr: null,
  });
  await prisma.delivery.create({
    data: {
      organizationId: org.organization.id,
      submissionId: sent.submission.id,
      targetId: target.id,
      status: "succeeded",
    },
  });
  // ... wrote a free-form message, and has a draft in progress.
  ids.freeMessage = await addRetrievedMessage(org, PERSON, null);
  const { draft, token } = await createDraft({
    formId: org.form.id,
    formVersionId: org.version.id,
    language: "fi",
    lifetimeDays: 7,
  });
  await saveDraft(draft, { answers: { subject: "Kesken", message: `hetu ${PERSON}` } }, 7);
  ids.draft = draft.id;
  tokens.draft = token;

  // Somebody else in the same organisation, and the same person in another organisation: both must stay.
  const other = await submit(org, `Minun tunnukseni on ${OTHER}`);
  ids.otherPerson = other.submissionId;
  tokens.otherPerson = other.token;
  ids.otherPersonMessage = await addRetrievedMessage(org, OTHER, null);
  const elsewhere = await submit(otherOrg, `Tunnus ${PERSON}`);
  ids.elsewhere = elsewhere.submissionId;
  ids.elsewhereMessage = await addRetrievedMessage(otherOrg, PERSON, null);
});

afterAll(async () => {
  await disconnectPrisma();
});

describe("ZPersonRequest", () => {
  it("accepts a valid code in any case and spacing, and refuses a wrong checksum", () => {
    expect(ZPersonRequest.parse({ henkilotunnus: " 131052-308t " }).henkilotunnus).toBe(PERSON);
    expect(ZPersonRequest.safeParse({ henkilotunnus: "131052-308U" }).success).toBe(false);
  });
});

describe("findPersonData", () => {
  it("finds the person's drafts, submissions and retrieved messages in this organisation only", async () => {
    const data = await findPersonData(org.organization.id, PERSON.toLowerCase(), actor);
    expect(data.maskedHenkilotunnus).toBe("131052-****");
    expect(data.submissions.map((s) => s.id).sort()).toEqual([ids.typed, ids.sent].sort());
    expect(data.submissions.find((s) => s.id === ids.sent)?.deliveredTo).toEqual(["Asianhallinta"]);
    expect(data.retrievedMessages.map((m) => m.id).sort()).toEqual([ids.sentMessage, ids.freeMessage].sort());
    // The open draft and the draft behind the typed submission both hold the code.
    expect(data.drafts.map((d) => d.id)).toContain(ids.draft);
    expect(data.drafts).toHaveLength(2);
    expect(JSON.stringify(data)).not.toContain("308T");
  });

  it("is audit-logged with counts and references, never the code", async () => {
    const events = await getPrisma().auditEvent.findMany({
      where: { organizationId: org.organization.id, action: "privacy.person_lookup" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]?.actorEmail).toBe("omistaja@example.fi");
    expect(events[0]?.details).toMatchObject({ drafts: 2, retrievedMessages: 2 });
    expect(JSON.stringify(events, bigints)).not.toMatch(/131052|308T/i);
  });
});

describe("erasePersonData", () => {
  it("erases the person's data, reports what it erased, and audit-logs the report", async () => {
    const report = await erasePersonData(org.organization.id, PERSON, actor);
    expect(report).toMatchObject({
      maskedHenkilotunnus: "131052-****",
      draftsDeleted: 2,
      storedFilesDeleted: 1,
      retrievedMessagesErased: 2,
      retrievedAttachmentsErased: 2,
      deliveredTo: ["Asianhallinta"],
    });
    expect(report.submissionsErased).toHaveLength(2);

    const prisma = getPrisma();
    const submissions = await prisma.submission.findMany({ where: { id: { in: [ids.typed!, ids.sent!] } } });
    for (const submission of submissions) {
      expect(submission.answersEncrypted).toBe("");
      expect(submission.messageTextEncrypted).toBe("");
      expect(submission.senderIdHash).toBeNull();
      expect(submission.personIdHashes).toEqual([]);
    }
    expect(await prisma.storedFile.count({ where: { submissionId: ids.typed } })).toBe(0);
    expect(await prisma.citizenDraft.count({ where: { id: ids.draft } })).toBe(0);
    expect(await findDraftByToken(tokens.draft, org.form.id)).toBeNull();
    const messages = await prisma.retrievedMessage.findMany({
      where: { id: { in: [ids.sentMessage!, ids.freeMessage!] } },
      include: { attachments: true },
    });
    for (const message of messages) {
      expect(message).toMatchObject({ contentEncrypted: null, senderEncrypted: null, senderIdHash: null });
      expect(message.purgedAt).not.toBeNull();
      expect(message.attachments.every((attachment) => attachment.contentEncrypted === null)).toBe(true);
    }
    const events = await prisma.submissionEvent.findMany({
      where: { submissionId: ids.sent, type: "erased" },
    });
    expect(events).toHaveLength(1);

    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { organizationId: org.organization.id, action: "privacy.person_erased" },
    });
    expect(audit.details).toMatchObject({ draftsDeleted: 2, deliveredTo: ["Asianhallinta"] });
    expect(JSON.stringify(audit, bigints)).not.toMatch(/131052|308T/i);

    // Nothing of the person is found any more.
    const again = await findPersonData(org.organization.id, PERSON, actor);
    expect(again.submissions.length + again.drafts.length + again.retrievedMessages.length).toBe(0);
  });

  it("leaves other people and other organisations untouched", async () => {
    const prisma = getPrisma();
    const kept = await prisma.submission.findMany({
      where: { id: { in: [ids.otherPerson!, ids.elsewhere!] } },
    });
    expect(kept).toHaveLength(2);
    for (const submission of kept) expect(submission.answersEncrypted).not.toBe("");
    const keptMessages = await prisma.retrievedMessage.findMany({
      where: { id: { in: [ids.otherPersonMessage!, ids.elsewhereMessage!] } },
    });
    for (const message of keptMessages) expect(message.senderEncrypted).not.toBeNull();
    expect((await findDraftByToken(tokens.otherPerson, org.form.id))?.answers).toMatchObject({
      subject: "Hakemus",
    });
    const elsewhere = await findPersonData(otherOrg.organization.id, PERSON, actor);
    expect(elsewhere.submissions.map((s) => s.id)).toEqual([ids.elsewhere]);
    expect(elsewhere.retrievedMessages.map((m) => m.id)).toEqual([ids.elsewhereMessage]);
  });
});
