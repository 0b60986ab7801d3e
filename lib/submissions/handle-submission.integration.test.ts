// A handler moves a submission new → in progress → waiting for the citizen → handled, gives it to a member and
// writes notes: each is on the timeline and in the audit log, and a note is stored only encrypted.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { disconnectPrisma, getPrisma } from "@/lib/db/prisma";
import {
  createTestOrganisation,
  createTestSubmission,
  type TTestOrganisation,
} from "@/lib/delivery/testing/delivery-fixtures";
import {
  addSubmissionNote,
  assignSubmission,
  availableHandlerMoves,
  listSubmissionNotes,
  setHandlerState,
} from "@/lib/submissions/handle-submission";
import type { TTestSandbox } from "@/lib/suomifi/sandbox/sandbox-test-helpers";

const sandbox = {
  url: "http://127.0.0.1:9",
  username: "u",
  password: "p",
  organisationId: "o",
  serviceId: "s",
};
let org: TTestOrganisation;
let handler: { id: string };
let actor: { userId: string; email: string };

beforeAll(async () => {
  org = await createTestOrganisation(sandbox as unknown as TTestSandbox);
  const prisma = getPrisma();
  handler = await prisma.user.create({ data: { email: `kasittelija-${crypto.randomUUID()}@example.fi` } });
  await prisma.membership.create({
    data: { organizationId: org.organization.id, userId: handler.id, role: "handler" },
  });
  actor = { userId: handler.id, email: "kasittelija@example.fi" };
});

afterAll(async () => {
  await disconnectPrisma();
});

async function retrievedSubmission() {
  const { submission } = await createTestSubmission(org);
  // As the retrieval job leaves it (the state machine's own tests cover how it gets there).
  await getPrisma().submission.update({ where: { id: submission.id }, data: { status: "delivered" } });
  return submission;
}

const timeline = async (submissionId: string) =>
  (await getPrisma().submissionEvent.findMany({ where: { submissionId }, orderBy: { id: "asc" } })).map(
    (event) => event.type,
  );

describe("handling a submission", () => {
  it("goes new → in progress → waiting → handled, on the timeline and in the audit log", async () => {
    const submission = await retrievedSubmission();
    const organizationId = org.organization.id;
    expect(availableHandlerMoves("delivered")).toEqual(["handling_started", "handled"]);
    await setHandlerState(organizationId, { submissionId: submission.id, move: "handling_started" }, actor);
    await setHandlerState(organizationId, { submissionId: submission.id, move: "citizen_asked" }, actor);
    const last = await setHandlerState(
      organizationId,
      { submissionId: submission.id, move: "handled" },
      actor,
    );
    expect(last).toEqual({ from: "waiting_for_citizen", to: "handled" });
    await expect(
      setHandlerState(organizationId, { submissionId: submission.id, move: "citizen_asked" }, actor),
    ).rejects.toMatchObject({ code: "moveNotAllowed" });
    expect(await timeline(submission.id)).toEqual(["handling_started", "citizen_asked", "handled"]);
    const audit = await getPrisma().auditEvent.findMany({
      where: { objectId: submission.id, action: "submission.state_changed" },
      orderBy: { id: "asc" },
    });
    expect(audit.map((event) => event.details)).toEqual([
      { reference: submission.reference, from: "delivered", to: "in_progress" },
      { reference: submission.reference, from: "in_progress", to: "waiting_for_citizen" },
      { reference: submission.reference, from: "waiting_for_citizen", to: "handled" },
    ]);
  });

  it("is assigned to a member only, and not before it has arrived", async () => {
    const submission = await retrievedSubmission();
    const organizationId = org.organization.id;
    await assignSubmission(
      organizationId,
      { submissionId: submission.id, assigneeUserId: handler.id },
      actor,
    );
    const row = await getPrisma().submission.findUniqueOrThrow({ where: { id: submission.id } });
    expect(row.assignedToUserId).toBe(handler.id);
    await expect(
      assignSubmission(
        organizationId,
        { submissionId: submission.id, assigneeUserId: crypto.randomUUID() },
        actor,
      ),
    ).rejects.toMatchObject({ code: "notAMember" });
    expect(await timeline(submission.id)).toEqual(["assigned"]);

    const { submission: notYet } = await createTestSubmission(org);
    await expect(
      assignSubmission(organizationId, { submissionId: notYet.id, assigneeUserId: handler.id }, actor),
    ).rejects.toMatchObject({ code: "moveNotAllowed" });
  });

  it("keeps notes encrypted, refuses empty and too long ones, and another organisation's submission is not found", async () => {
    const submission = await retrievedSubmission();
    const organizationId = org.organization.id;
    await addSubmissionNote(
      organizationId,
      { submissionId: submission.id, text: "Soitin asiakkaalle 4.12." },
      actor,
    );
    const [stored] = await getPrisma().submissionNote.findMany({ where: { submissionId: submission.id } });
    expect(stored!.textEncrypted).not.toContain("Soitin");
    const notes = await listSubmissionNotes(organizationId, submission.id);
    expect(notes.map((note) => [note.text, note.authorUserId])).toEqual([
      ["Soitin asiakkaalle 4.12.", handler.id],
    ]);
    await expect(
      addSubmissionNote(organizationId, { submissionId: submission.id, text: " \n " }, actor),
    ).rejects.toMatchObject({ code: "noteEmpty" });
    await expect(
      addSubmissionNote(organizationId, { submissionId: submission.id, text: "x".repeat(4001) }, actor),
    ).rejects.toMatchObject({ code: "noteTooLong" });
    const other = await createTestOrganisation(sandbox as unknown as TTestSandbox);
    await expect(
      addSubmissionNote(other.organization.id, { submissionId: submission.id, text: "vieras" }, actor),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await timeline(submission.id)).toEqual(["note_added"]);
  });
});
