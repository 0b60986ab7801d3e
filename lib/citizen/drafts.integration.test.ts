// Draft lifetime: an expired draft no longer opens, and the purge deletes it with its unsent files while files
// that already belong to a submission stay with the submission.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { advanceClock, resetClock } from "@/lib/clock";
import { getPrisma, disconnectPrisma } from "@/lib/db/prisma";
import { createDraft, findDraftByToken, purgeExpiredDrafts, saveDraft } from "./drafts";
import { createCitizenTestForm, type TCitizenTestForm } from "./testing/citizen-fixtures";

let fixture: TCitizenTestForm;
const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  fixture = await createCitizenTestForm();
});

afterAll(async () => {
  resetClock();
  await disconnectPrisma();
});

async function addFile(draftId: string, options: { submissionId?: string } = {}) {
  return getPrisma().storedFile.create({
    data: {
      organizationId: fixture.organization.id,
      draftId,
      submissionId: options.submissionId,
      fieldKey: "attachments",
      name: "kuitti.pdf",
      mediaType: "application/pdf",
      sizeBytes: 4,
      sha256: "0".repeat(64),
      contentEncrypted: new Uint8Array([1, 2, 3, 4]),
      scanStatus: "clean",
    },
  });
}

describe("purgeExpiredDrafts", () => {
  it("deletes expired drafts and their unsent files, keeps live drafts and submitted files", async () => {
    const input = { formId: fixture.form.id, formVersionId: fixture.version.id, language: "fi" as const };
    const shortLived = await createDraft({ ...input, lifetimeDays: 2 });
    const longLived = await createDraft({ ...input, lifetimeDays: 30 });
    const submitted = await createDraft({ ...input, lifetimeDays: 2 });
    const unsentFile = await addFile(shortLived.draft.id);
    const liveFile = await addFile(longLived.draft.id);
    const submission = await getPrisma().submission.create({
      data: {
        organizationId: fixture.organization.id,
        formId: fixture.form.id,
        formVersionId: fixture.version.id,
        draftId: submitted.draft.id,
        reference: `LMK-PRG${Math.random().toString(36).slice(2, 3).toUpperCase()}-TEST`,
        language: "fi",
        answersEncrypted: "unused",
        messageTextEncrypted: "unused",
        textSha256: "0".repeat(64),
        attachmentSha256s: [],
        integrityCode: "0000",
      },
    });
    const submittedFile = await addFile(submitted.draft.id, { submissionId: submission.id });

    advanceClock(1 * DAY);
    await purgeExpiredDrafts();
    expect(await getPrisma().citizenDraft.count({ where: { id: shortLived.draft.id } })).toBe(1);
    advanceClock(1.5 * DAY);
    expect(await findDraftByToken(shortLived.token, fixture.form.id)).toBeNull();
    expect(await findDraftByToken(longLived.token, fixture.form.id)).not.toBeNull();

    const deleted = await purgeExpiredDrafts();
    expect(deleted).toBeGreaterThanOrEqual(2);
    const ids = (await getPrisma().citizenDraft.findMany({ where: { formId: fixture.form.id } })).map(
      (d) => d.id,
    );
    expect(ids).toContain(longLived.draft.id);
    expect(ids).not.toContain(shortLived.draft.id);
    expect(ids).not.toContain(submitted.draft.id);
    expect(await getPrisma().storedFile.findUnique({ where: { id: unsentFile.id } })).toBeNull();
    expect(await getPrisma().storedFile.findUnique({ where: { id: liveFile.id } })).not.toBeNull();
    const kept = await getPrisma().storedFile.findUnique({ where: { id: submittedFile.id } });
    expect(kept).toMatchObject({ submissionId: submission.id, draftId: null });
    // Its placeholder values are not encrypted envelopes: leave nothing that the key-rotation test (same
    // database) would have to report as undecryptable.
    await getPrisma().storedFile.deleteMany({ where: { submissionId: submission.id } });
    await getPrisma().submission.delete({ where: { id: submission.id } });
  });

  it("a save renews the draft's lifetime", async () => {
    resetClock();
    const created = await createDraft({
      formId: fixture.form.id,
      formVersionId: fixture.version.id,
      language: "fi",
      lifetimeDays: 2,
    });
    advanceClock(1.5 * DAY);
    await saveDraft(created.draft, { answers: { subject: "Vielä" } }, 2);
    advanceClock(1.5 * DAY);
    await purgeExpiredDrafts();
    const found = await findDraftByToken(created.token, fixture.form.id);
    expect(found?.answers).toEqual({ subject: "Vielä" });
    advanceClock(1 * DAY);
    expect(await purgeExpiredDrafts()).toBeGreaterThanOrEqual(1);
    expect(await getPrisma().citizenDraft.findUnique({ where: { id: created.draft.id } })).toBeNull();
  });
});
