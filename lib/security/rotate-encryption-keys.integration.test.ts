// Key rotation against a real database: values written by the app's own writers under an old key are, after
// rotation, readable by the app's own readers with only the new key configured; raw rows never hold plaintext.
import { randomBytes } from "node:crypto";
import { generate } from "otplib";
import { encryptDraftFiling, encryptSubmissionFiling } from "@/lib/citizen/filing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { beginTwoFactorEnrolment, checkTotpCode } from "@/lib/auth/two-factor";
import { createDraft, findDraftByToken, saveDraft } from "@/lib/citizen/drafts";
import { readStoredFile } from "@/lib/citizen/store-uploads";
import { now } from "@/lib/clock";
import { decryptString, encryptBytes, encryptJson, encryptString } from "@/lib/crypto/encrypt-value";
import {
  exportFileContext,
  submissionNoteContext,
  identificationAttemptContext,
  identificationSessionContext,
  inboxNoteContext,
  sentMessageContext,
  retrievedAttachmentContext,
  retrievedContentContext,
  retrievedSenderContext,
  storedFileContext,
} from "@/lib/crypto/encryption-contexts";
import { hashToken, keyedHash, sha256Hex } from "@/lib/crypto/keyed-hash";
import { loadDevKeys } from "@/lib/crypto/dev-keys";
import { resetKeyringCache } from "@/lib/crypto/keyring";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { downloadExport } from "@/lib/delivery/export/request-export";
import { loadSubmissionContents, readAttachmentBytes } from "@/lib/delivery/load-submission-contents";
import { readTargetSecrets, readWebhookSecrets } from "@/lib/delivery/target-secrets";
import {
  createTestOrganisation,
  createTestSubmission,
  createWebhookTarget,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { overrideEnv } from "@/lib/env";
import { ENCRYPTED_COLUMNS } from "@/lib/security/encrypted-columns";
import { listSubmissionNotes } from "@/lib/submissions/handle-submission";
import { findIdentifiedPerson } from "@/lib/identification/identification-session";
import { countValuesByKeyId, rotateEncryptionKeys } from "@/lib/security/rotate-encryption-keys";
import { createConnectionPasswordStore } from "@/lib/suomifi/connections/connection-client";
import type { TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

// Other test files share the database and write under the development key: it stays in every keyring that
// rotates, and everything is rotated back to it at the end.
const DEV = loadDevKeys().encryptionKeys;
const OLD = `old2025:${randomBytes(32).toString("base64")}`;
const NEW = `new2026:${randomBytes(32).toString("base64")}`;
const HETU = "131052-308T";
const SECRET_ANSWER = "Salainen terveystieto: diabetes ja äöå";
const PASSWORD = "Sandbox-salasana-2026!";

function useKeys(spec: string): void {
  overrideEnv({ LOMAKE_ENCRYPTION_KEYS: spec, LOMAKE_ENCRYPTION_KEY_FILE: undefined });
  resetKeyringCache();
}

const fakeSandbox = {
  url: "http://127.0.0.1:9",
  username: "rotation-user",
  password: PASSWORD,
  organisationId: "rotation-org",
  serviceId: "rotation-service",
} as unknown as TTestSandbox;

let org: TTestOrganisation;
const ids: Record<string, string> = {};
let draftToken = "";
let identificationToken = "";
let totpSecret = "";
let webhookSecret = "";
const fileBytes = Buffer.from("%PDF-1.4 liite jossa henkilötunnus 131052-308T");

async function rawValues(): Promise<string[]> {
  const values: string[] = [];
  for (const column of ENCRYPTED_COLUMNS) {
    const rows = await getPrisma().$queryRawUnsafe<{ value: string | Uint8Array }[]>(
      `SELECT "${column.column}" AS value FROM "${column.table}" WHERE "${column.column}" IS NOT NULL`,
    );
    for (const row of rows) {
      values.push(typeof row.value === "string" ? row.value : Buffer.from(row.value).toString("latin1"));
    }
  }
  return values;
}

beforeAll(async () => {
  useKeys(OLD);
  const prisma = getPrisma();
  org = await createTestOrganisation(fakeSandbox);
  ids.connection = org.connection.id;

  const { draft, token } = await createDraft({
    formId: org.form.id,
    formVersionId: org.version.id,
    language: "fi",
    lifetimeDays: 7,
  });
  await saveDraft(draft, { answers: { subject: SECRET_ANSWER, hetu: HETU } }, 7);
  draftToken = token;

  const { submission } = await createTestSubmission(org, { subject: SECRET_ANSWER });
  ids.submission = submission.id;
  // Filed on behalf of a child: whom the draft and the submission concern, encrypted like the answers.
  const filing = {
    role: "guardian" as const,
    principal: { kind: "person" as const, id: "150315A9985", name: "Testilä Tuuli" },
    filerName: "Testi Henkilö",
  };
  await prisma.citizenDraft.update({
    where: { id: draft.id },
    data: { filingEncrypted: encryptDraftFiling(filing, draft.id) },
  });
  await prisma.submission.update({
    where: { id: submission.id },
    data: { filingEncrypted: encryptSubmissionFiling(filing, submission.id) },
  });
  ids.storedFile = crypto.randomUUID();
  await prisma.storedFile.create({
    data: {
      id: ids.storedFile,
      organizationId: org.organization.id,
      submissionId: submission.id,
      fieldKey: "liite",
      name: "liite.pdf",
      mediaType: "application/pdf",
      sizeBytes: fileBytes.length,
      sha256: sha256Hex(fileBytes),
      contentEncrypted: new Uint8Array(
        encryptBytes(fileBytes, { associatedData: storedFileContext(ids.storedFile) }),
      ),
      scanStatus: "clean",
    },
  });
  ids.message = crypto.randomUUID();
  ids.attachment = crypto.randomUUID();
  await prisma.retrievedMessage.create({
    data: {
      id: ids.message,
      organizationId: org.organization.id,
      connectionId: org.connection.id,
      suomifiMessageId: BigInt(Date.now()),
      serviceId: "rotation-service",
      submissionId: submission.id,
      reference: submission.reference,
      match: "matched",
      integrityStatus: "valid",
      contentEncrypted: encryptString(JSON.stringify({ title: "Palaute", body: SECRET_ANSWER }), {
        associatedData: retrievedContentContext(ids.message),
      }),
      senderEncrypted: encryptString(JSON.stringify({ id: HETU, name: "Testi Henkilö" }), {
        associatedData: retrievedSenderContext(ids.message),
      }),
      senderIdHash: keyedHash(HETU, { purpose: "henkilotunnus" }),
      sentAt: now(),
      retrievedAt: now(),
      attachments: {
        create: {
          id: ids.attachment,
          position: 0,
          attachmentId: "a-1",
          filename: "liite.pdf",
          mediaType: "application/pdf",
          sizeBytes: fileBytes.length,
          sha256: sha256Hex(fileBytes),
          contentEncrypted: new Uint8Array(
            encryptBytes(fileBytes, { associatedData: retrievedAttachmentContext(ids.attachment) }),
          ),
        },
      },
    },
  });
  // A handler's note on the message and an answer sent to the citizen.
  ids.inboxNote = crypto.randomUUID();
  await prisma.inboxNote.create({
    data: {
      id: ids.inboxNote,
      retrievedMessageId: ids.message,
      textEncrypted: encryptString(`Soitettu ${HETU}`, { associatedData: inboxNoteContext(ids.inboxNote) }),
    },
  });
  ids.sent = crypto.randomUUID();
  await prisma.sentMessage.create({
    data: {
      id: ids.sent,
      organizationId: org.organization.id,
      connectionId: org.connection.id,
      serviceId: "rotation-service",
      kind: "reply",
      externalId: `lomake-reply-${ids.sent}`,
      retrievedMessageId: ids.message,
      status: "sent",
      contentEncrypted: encryptString(JSON.stringify({ title: "Re: Palaute", body: SECRET_ANSWER }), {
        associatedData: sentMessageContext(ids.sent),
      }),
    },
  });
  const exportJob = await prisma.exportJob.create({
    data: { organizationId: org.organization.id, format: "csv", filters: {}, status: "ready" },
  });
  ids.export = exportJob.id;
  await prisma.exportJob.update({
    where: { id: exportJob.id },
    data: {
      fileName: "vienti.csv",
      fileEncrypted: new Uint8Array(
        encryptBytes(Buffer.from(`reference;hetu\n${submission.reference};${HETU}\n`), {
          associatedData: exportFileContext(exportJob.id),
        }),
      ),
    },
  });
  // A handler's private note (work view), which may name the person.
  ids.note = crypto.randomUUID();
  await prisma.submissionNote.create({
    data: {
      id: ids.note,
      submissionId: submission.id,
      organizationId: org.organization.id,
      textEncrypted: encryptString(`Soitettu ${HETU}`, { associatedData: submissionNoteContext(ids.note) }),
    },
  });
  const user = await prisma.user.create({
    data: { email: `rotation-${randomBytes(4).toString("hex")}@example.fi`, name: "Kierto" },
  });
  ids.user = user.id;
  totpSecret = (await beginTwoFactorEnrolment(user.id)).secret;
  const { target, secret } = await createWebhookTarget(org, "https://asianhallinta.example.fi/hook", {
    allowCidr: null,
  });
  ids.target = target.id;
  webhookSecret = secret;
  const store = createConnectionPasswordStore(org.connection.id);
  await store.setPending(PASSWORD);
  // Suomi.fi Identification: a login attempt waiting for its browser, and an identified person's session.
  const identity = {
    henkilotunnus: HETU,
    firstNames: "Testi",
    callingName: "Testi",
    surname: "Henkilö",
    hasAddressBlock: false,
    authnContext: "http://ftn.ficora.fi/2017/loa2",
    nameId: "transient-name-id",
    nameIdFormat: "urn:oasis:names:tc:SAML:2.0:nameid-format:transient",
  };
  const attemptId = crypto.randomUUID();
  await prisma.identificationAttempt.create({
    data: {
      id: attemptId,
      organizationId: org.organization.id,
      browserNonceHash: "0".repeat(64),
      returnPath: "/f/test/form",
      language: "fi",
      requestId: `_rotation-${attemptId}`,
      identityEncrypted: encryptJson(identity, { associatedData: identificationAttemptContext(attemptId) }),
      expiresAt: new Date(now().getTime() + 30 * 60_000),
    },
  });
  const sessionId = crypto.randomUUID();
  identificationToken = randomBytes(32).toString("base64url");
  await prisma.identificationSession.create({
    data: {
      id: sessionId,
      tokenHash: hashToken(identificationToken),
      organizationId: org.organization.id,
      identityEncrypted: encryptJson(identity, { associatedData: identificationSessionContext(sessionId) }),
      nameIdHash: "rotation",
      expiresAt: new Date(now().getTime() + 30 * 60_000),
    },
  });
});

afterAll(async () => {
  useKeys(`${DEV},${NEW},${OLD}`);
  await rotateEncryptionKeys();
  overrideEnv({ LOMAKE_ENCRYPTION_KEYS: undefined });
  resetKeyringCache();
  await disconnectPrisma();
});

describe("encrypted columns at rest", () => {
  it("hold no plaintext: the henkilötunnus, answers, passwords and file bytes are not in the raw rows", async () => {
    const values = await rawValues();
    expect(values.length).toBeGreaterThanOrEqual(ENCRYPTED_COLUMNS.length);
    for (const value of values) {
      expect(value).not.toContain(HETU);
      expect(value).not.toContain("diabetes");
      expect(value).not.toContain(PASSWORD);
      expect(value).not.toContain(totpSecret);
      expect(value).not.toContain(webhookSecret);
      expect(value).not.toContain("%PDF");
    }
  });

  it("cannot be read without the key they were written with", async () => {
    useKeys(NEW);
    expect((await findDraftByToken(draftToken, org.form.id))?.answers).toEqual({});
    await expect(loadSubmissionContents(ids.submission!)).rejects.toThrow(/unknown key id "old2025"/);
    await expect(readStoredFile(ids.storedFile!)).rejects.toThrow(/unknown key id/);
  });
});

describe("rotateEncryptionKeys", () => {
  it("re-encrypts every column in batches, resumably, until no value is under the old key", async () => {
    useKeys(`${NEW},${OLD},${DEV}`);
    const before = await countValuesByKeyId();
    // The fixtures wrote at least one value of every encrypted column under the old key.
    const oldColumns = new Set(
      before.filter((row) => row.keyId === "old2025").map((row) => `${row.table}.${row.column}`),
    );
    expect([...oldColumns].sort()).toEqual(ENCRYPTED_COLUMNS.map((c) => `${c.table}.${c.column}`).sort());

    // A first run stopped after two batches of one row: some rows rotated, the rest still under the old key.
    const partial = await rotateEncryptionKeys({ batchSize: 1, maxBatches: 2 });
    expect(partial.rotated).toBe(2);
    expect((await countValuesByKeyId()).some((row) => row.keyId === "old2025")).toBe(true);

    const batches: string[] = [];
    const rest = await rotateEncryptionKeys({ batchSize: 1, onBatch: ({ column }) => batches.push(column) });
    expect(rest.failed).toBe(0);
    expect(rest.rotated).toBe(before.reduce((sum, row) => sum + row.count, 0) - 2);
    expect(batches.length).toBe(rest.rotated);
    const after = await countValuesByKeyId();
    expect(after.every((row) => row.keyId === "new2026")).toBe(true);

    // Nothing left: a further run is a no-op.
    expect((await rotateEncryptionKeys()).rotated).toBe(0);
  });

  it("leaves every value readable by the app's readers with only the new key configured", async () => {
    useKeys(NEW);
    const draft = await findDraftByToken(draftToken, org.form.id);
    expect(draft?.answers).toMatchObject({ subject: SECRET_ANSWER, hetu: HETU });
    expect(draft?.filing).toMatchObject({ role: "guardian", principal: { id: "150315A9985" } });

    const contents = await loadSubmissionContents(ids.submission!);
    expect(JSON.stringify(contents.answers)).toContain(SECRET_ANSWER);
    expect(contents.sender?.id).toBe(HETU);
    expect((await readAttachmentBytes("retrieved", ids.attachment!))?.bytes.equals(fileBytes)).toBe(true);
    expect((await readStoredFile(ids.storedFile!))?.bytes.equals(fileBytes)).toBe(true);

    const actor = { userId: null, email: "system", ip: null };
    const exported = await downloadExport(org.organization.id, ids.export!, actor);
    expect(exported?.bytes.toString()).toContain(HETU);

    const code = await generate({ secret: totpSecret, epoch: Math.floor(now().getTime() / 1000) });
    expect(await checkTotpCode(ids.user!, code)).toBe(true);

    const target = await getPrisma().deliveryTarget.findUniqueOrThrow({ where: { id: ids.target! } });
    expect(readWebhookSecrets(readTargetSecrets(target))[0]?.secret).toBe(webhookSecret);

    const notes = await listSubmissionNotes(org.organization.id, ids.submission!);
    expect(notes.map((note) => note.text)).toEqual([`Soitettu ${HETU}`]);

    const identified = await findIdentifiedPerson(identificationToken, org.organization.id);
    expect(identified?.identity.henkilotunnus).toBe(HETU);

    const note = await getPrisma().inboxNote.findUniqueOrThrow({ where: { id: ids.inboxNote! } });
    expect(decryptString(note.textEncrypted, { associatedData: inboxNoteContext(note.id) })).toBe(
      `Soitettu ${HETU}`,
    );
    const sent = await getPrisma().sentMessage.findUniqueOrThrow({ where: { id: ids.sent! } });
    expect(decryptString(sent.contentEncrypted!, { associatedData: sentMessageContext(sent.id) })).toContain(
      SECRET_ANSWER,
    );

    const store = createConnectionPasswordStore(ids.connection!);
    expect(await store.getCurrent()).toBe(PASSWORD);
    expect(await store.getPending()).toBe(PASSWORD);
  });

  it("reports values it cannot decrypt by id and reason, and rotates the rest", async () => {
    useKeys(NEW);
    const prisma = getPrisma();
    const lost = `lost:${randomBytes(32).toString("base64")}`;
    useKeys(lost);
    const { submission } = await createTestSubmission(org, { subject: "avain hukassa" });
    useKeys(`${NEW},${OLD},${DEV}`);
    // Retention leaves "" where it purged a value: not an envelope, nothing to rotate, not a failure.
    const { submission: purged } = await createTestSubmission(org, { subject: "poistettu" });
    await prisma.submission.update({
      where: { id: purged.id },
      data: { answersEncrypted: "", messageTextEncrypted: "" },
    });
    const report = await rotateEncryptionKeys();
    const answers = report.columns.find(
      (column) => column.column === "answers_encrypted" && column.table === "submission",
    );
    expect(answers?.failed).toEqual([{ id: submission.id, reason: "unknown-key" }]);
    expect(JSON.stringify(report)).not.toContain("avain hukassa");
    await prisma.submission.deleteMany({ where: { id: { in: [submission.id, purged.id] } } });
  });
});
