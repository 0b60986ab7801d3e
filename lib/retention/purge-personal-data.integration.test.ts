// Retention covers every kind of row with personal data: submissions however far they got (delivered, of a
// form with no target, held, never retrieved), unmatched citizen messages, export files, audit events,
// rate-limit and sign-in counters, invitations and reset tokens. Each rule removes only what is past its time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import { PURGED } from "@/lib/delivery/purge-expired-submissions";
import {
  createTestOrganisation,
  createTestSubmission,
  sendAsCitizen,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import { stopJobQueue } from "@/lib/jobs/job-queue";
import { pollConnection } from "@/lib/retrieval/poll-connection";
import { purgePersonalData } from "@/lib/retention/purge-personal-data";
import { startTestSandbox, type TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

let sandbox: TTestSandbox;
let org: TTestOrganisation;
const DAY = 24 * 3_600_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY);
const file = { filename: "liite.pdf", content: Buffer.from("%PDF-1.4 liite\n") };

beforeAll(async () => {
  sandbox = await startTestSandbox();
  org = await createTestOrganisation(sandbox); // no delivery target: retrieved submissions stay "retrieved"
});
afterAll(async () => {
  await stopJobQueue();
  await sandbox?.close();
  await disconnectPrisma();
});

async function retrievedSubmission(subject: string) {
  const created = await createTestSubmission(org, { subject, attachments: [file] });
  await sendAsCitizen(sandbox, created.messageText, { attachments: [file] });
  return created.submission.id;
}

const isPurged = async (id: string) =>
  (await getPrisma().submission.findUniqueOrThrow({ where: { id } })).answersEncrypted === PURGED;

describe("retention", () => {
  it("purges every kind of personal data past its period, and nothing younger", async () => {
    const prisma = getPrisma();
    const noTargetOld = await retrievedSubmission("Ei kohdetta, vanha");
    const noTargetRecent = await retrievedSubmission("Ei kohdetta, uusi");
    const deliveredOld = await retrievedSubmission("Toimitettu, vanha");
    const stillDelivering = await retrievedSubmission("Toimitus kesken");
    await sendAsCitizen(sandbox, "Vapaamuotoinen kysymys ilman viitettä, vanha");
    await sendAsCitizen(sandbox, "Vapaamuotoinen kysymys ilman viitettä, uusi");
    await pollConnection(org.connection.id);
    const neverRetrievedOld = (await createTestSubmission(org, { subject: "Luovutti" })).submission.id;
    const neverRetrievedRecent = (await createTestSubmission(org, { subject: "Lähettää vielä" })).submission
      .id;

    for (const id of [noTargetOld, deliveredOld, stillDelivering])
      await prisma.submission.update({ where: { id }, data: { retrievedAt: daysAgo(91) } });
    // Filed on behalf of someone: whom it concerns goes with the contents.
    await prisma.submission.update({
      where: { id: noTargetOld },
      data: { filingEncrypted: "v1.sealed-filing", principalIdHash: "hash-of-principal" },
    });
    await prisma.submission.update({
      where: { id: deliveredOld },
      data: { status: "delivered", deliveredAt: daysAgo(91) },
    });
    await prisma.submission.update({
      where: { id: neverRetrievedOld },
      data: { createdAt: daysAgo(120), lastHandedOffAt: daysAgo(91), personIdHashes: ["hash-of-hetu"] },
    });
    const target = await prisma.deliveryTarget.create({
      data: {
        organizationId: org.organization.id,
        kind: "webhook",
        name: "Kesken",
        options: { url: "https://example.fi/h", senderDetail: "name", attachmentMode: "links" },
      },
    });
    await prisma.delivery.create({
      data: {
        organizationId: org.organization.id,
        submissionId: stillDelivering,
        targetId: target.id,
        status: "pending",
        nextAttemptAt: new Date(),
      },
    });
    const unmatched = await prisma.retrievedMessage.findMany({
      where: { connectionId: org.connection.id, match: "unmatched" },
      orderBy: { suomifiMessageId: "asc" },
    });
    expect(unmatched).toHaveLength(2);
    await prisma.retrievedMessage.update({
      where: { id: unmatched[0]!.id },
      data: { retrievedAt: daysAgo(91) },
    });
    const oldAudit = await prisma.auditEvent.create({
      data: {
        organizationId: org.organization.id,
        actorEmail: "vanha@example.fi",
        ip: "192.0.2.1",
        action: "x",
        createdAt: daysAgo(800),
      },
    });
    const recentAudit = await prisma.auditEvent.create({
      data: { organizationId: org.organization.id, actorEmail: "uusi@example.fi", action: "x" },
    });
    const expiredExport = await prisma.exportJob.create({
      data: {
        organizationId: org.organization.id,
        format: "csv",
        filters: {},
        status: "ready",
        fileEncrypted: new Uint8Array([1, 2, 3]),
        expiresAt: daysAgo(1),
      },
    });
    const oldInvitation = await prisma.invitation.create({
      data: {
        organizationId: org.organization.id,
        email: "kutsuttu@example.fi",
        role: "editor",
        tokenHash: `t-${crypto.randomUUID()}`,
        expiresAt: daysAgo(40),
      },
    });
    await prisma.rateLimitCounter.create({
      data: { key: "ip:192.0.2.1", windowStart: daysAgo(2), count: 3 },
    });

    const report = await purgePersonalData();

    // Other test files may share the database: counts are at least this file's rows.
    for (const kind of ["delivered", "retrieved-not-delivered", "never-retrieved"] as const)
      expect(report.submissions[kind]).toBeGreaterThanOrEqual(1);
    for (const id of [noTargetOld, deliveredOld, neverRetrievedOld]) expect(await isPurged(id)).toBe(true);
    for (const id of [noTargetRecent, stillDelivering, neverRetrievedRecent])
      expect(await isPurged(id)).toBe(false);

    // Nothing personal is left of a purged submission: files, the retrieved message and sender, the hashes.
    const purged = await prisma.submission.findUniqueOrThrow({ where: { id: noTargetOld } });
    expect(purged).toMatchObject({
      messageTextEncrypted: PURGED,
      senderIdHash: null,
      personIdHashes: [],
      filingEncrypted: null,
      principalIdHash: null,
    });
    expect(await prisma.storedFile.count({ where: { submissionId: noTargetOld } })).toBe(0);
    const message = await prisma.retrievedMessage.findFirstOrThrow({
      where: { submissionId: noTargetOld },
      include: { attachments: true },
    });
    expect(message).toMatchObject({ contentEncrypted: null, senderEncrypted: null, senderIdHash: null });
    expect(message.attachments.every((a) => a.contentEncrypted === null)).toBe(true);
    expect(
      (await prisma.submission.findUniqueOrThrow({ where: { id: neverRetrievedOld } })).personIdHashes,
    ).toEqual([]);
    // The ledger says why, without personal data.
    const event = await prisma.submissionEvent.findFirstOrThrow({
      where: { submissionId: neverRetrievedOld, type: "purged" },
    });
    expect(event.details).toEqual({ rule: "never-retrieved" });

    const [oldMessage, newMessage] = await Promise.all(
      unmatched.map((m) => prisma.retrievedMessage.findUniqueOrThrow({ where: { id: m.id } })),
    );
    expect(oldMessage).toMatchObject({ contentEncrypted: null, senderEncrypted: null, senderIdHash: null });
    expect(oldMessage!.purgedAt).not.toBeNull();
    expect(newMessage!.contentEncrypted).not.toBeNull();
    expect(report.unmatchedMessages).toBeGreaterThanOrEqual(1);

    expect(await prisma.auditEvent.findUnique({ where: { id: oldAudit.id } })).toBeNull();
    expect(await prisma.auditEvent.findUnique({ where: { id: recentAudit.id } })).not.toBeNull();
    expect(
      (await prisma.exportJob.findUniqueOrThrow({ where: { id: expiredExport.id } })).fileEncrypted,
    ).toBeNull();
    expect(await prisma.invitation.findUnique({ where: { id: oldInvitation.id } })).toBeNull();
    expect(await prisma.rateLimitCounter.count({ where: { key: "ip:192.0.2.1" } })).toBe(0);

    // A second run leaves the younger rows alone.
    await purgePersonalData();
    for (const id of [noTargetRecent, stillDelivering, neverRetrievedRecent])
      expect(await isPurged(id)).toBe(false);
  });

  it("a message that arrives after its submission was purged is kept as unmatched, not delivered", async () => {
    const prisma = getPrisma();
    const { submission, messageText } = await createTestSubmission(org, { subject: "Myöhässä" });
    await prisma.submission.update({ where: { id: submission.id }, data: { createdAt: daysAgo(91) } });
    await purgePersonalData();
    expect(await isPurged(submission.id)).toBe(true);
    await sendAsCitizen(sandbox, messageText);
    await pollConnection(org.connection.id);
    const message = await prisma.retrievedMessage.findFirstOrThrow({
      where: { connectionId: org.connection.id, reference: submission.reference },
    });
    expect(message).toMatchObject({ match: "unmatched", submissionId: null });
    expect(await prisma.delivery.count({ where: { submissionId: submission.id } })).toBe(0);
  });
});
